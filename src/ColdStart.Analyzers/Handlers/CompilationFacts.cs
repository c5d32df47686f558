using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ColdStart.Analyzers.Handlers
{
    /// <summary>
    /// What every rule needs to know about a compilation, computed once and shared by all analyzers: the known
    /// types and options (cheap, at compilation start) and the handler model (built on the first hazard found).
    /// </summary>
    internal sealed class CompilationFacts
    {
        private static readonly ConditionalWeakTable<Compilation, CompilationFacts> Cache = new();

        private readonly Compilation _compilation;
        private readonly object _buildLock = new();
        private HandlerModel? _model;

        private CompilationFacts(Compilation compilation, AnalyzerOptions analyzerOptions)
        {
            _compilation = compilation;
            KnownTypes = new KnownTypes(compilation);
            Options = ColdStartOptions.Read(compilation, analyzerOptions.AnalyzerConfigOptionsProvider);
            Clients = new ClientTypeClassifier(KnownTypes, Options);
            Settings = new ProjectSettings(analyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions, compilation);
        }

        public KnownTypes KnownTypes { get; }

        public ColdStartOptions Options { get; }

        public ClientTypeClassifier Clients { get; }

        public ProjectSettings Settings { get; }

        public static CompilationFacts For(Compilation compilation, AnalyzerOptions analyzerOptions)
        {
            return Cache.GetValue(compilation, c => new CompilationFacts(c, analyzerOptions));
        }

        /// <summary>
        /// The handler model, built once on first use; concurrent callers wait for that one build instead of
        /// repeating it. A cancelled build is not cached: the next caller builds again.
        /// </summary>
        public HandlerModel Model(CancellationToken cancellationToken)
        {
            var model = Volatile.Read(ref _model);
            if (model is not null)
            {
                return model;
            }

            lock (_buildLock)
            {
                model = _model;
                if (model is null)
                {
                    model = HandlerModel.Build(_compilation, this, cancellationToken);
                    Volatile.Write(ref _model, model);
                }

                return model;
            }
        }
    }
}
