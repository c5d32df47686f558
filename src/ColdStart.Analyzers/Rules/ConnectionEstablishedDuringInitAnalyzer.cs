using System.Collections.Immutable;
using ColdStart.Analyzers.Infrastructure;
using ColdStart.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ColdStart.Analyzers.Rules;

/// <summary>
/// COLD503: in a SnapStart function, a connection opened or credentials resolved before the snapshot: database
/// connections, sockets, TCP/UDP clients and web sockets opened explicitly, and AWS credentials fetched
/// (<c>AWSCredentials.GetCredentials</c>). Creating a client is not reported: the AWS SDK and HttpClient open
/// connections on use and re-establish them after restore.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConnectionEstablishedDuringInitAnalyzer : FunctionRule
{
    private const string ReopenAdvice = "open it on use in the handler, or re-open it in an after-restore hook (SnapshotRestore.RegisterAfterRestore)";
    private const string CredentialsAdvice =
        "let the SDK client resolve credentials on use (it refreshes them), or resolve them again in an after-restore hook";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ConnectionEstablishedDuringInit);

    private protected override void Register(CompilationStartAnalysisContext start, CompilationFacts facts)
    {
        start.RegisterOperationAction(operation => Analyze(operation, facts), OperationKind.Invocation);
    }

    private static void Analyze(OperationAnalysisContext context, CompilationFacts facts)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (What(invocation.TargetMethod, facts.KnownTypes) is not { } what
            || !facts.IsSnapStartFunction(context.CancellationToken)
            || !facts.RunsBeforeSnapshot(invocation, context.CancellationToken))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ConnectionEstablishedDuringInit,
            RuleSupport.CallLocation(invocation),
            RuleSupport.Describe(invocation.Syntax),
            what.Action,
            what.Advice));
    }

    private static (string Action, string Advice)? What(IMethodSymbol method, KnownTypes known)
    {
        var type = method.ContainingType;
        if (method.Name is "Open" or "OpenAsync" && type.DerivesFrom(known.DbConnection))
        {
            return ($"opens a connection to the database of '{type.Name}'", ReopenAdvice);
        }

        if (method.Name is "Connect" or "ConnectAsync"
            && (type.Is(known.Socket) || type.Is(known.TcpClient) || type.Is(known.UdpClient) || type.DerivesFrom(known.ClientWebSocket)))
        {
            return ($"opens a '{type.Name}' connection", ReopenAdvice);
        }

        if (method.Name is "GetCredentials" or "GetCredentialsAsync" && type.DerivesFrom(known.AwsCredentials))
        {
            return ("resolves AWS credentials, which expire", CredentialsAdvice);
        }

        return null;
    }
}
