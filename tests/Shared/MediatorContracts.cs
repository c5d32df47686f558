namespace ColdStart.Tests.Shared;

/// <summary>
/// MediatR's contracts as the package declares them, reduced to what the analyzer and generator tests use: request handlers,
/// pipeline behaviours and the sender.
/// </summary>
internal static class MediatorContracts
{
    public const string Source = """
        namespace MediatR
        {
            using System.Threading;
            using System.Threading.Tasks;

            public interface IRequest { }

            public interface IRequestHandler<in TRequest> where TRequest : IRequest
            {
                Task Handle(TRequest request, CancellationToken cancellationToken);
            }

            public delegate Task<TResponse> RequestHandlerDelegate<TResponse>();

            public interface IPipelineBehavior<in TRequest, TResponse>
            {
                Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken);
            }

            public interface ISender
            {
                Task Send<TRequest>(TRequest request, CancellationToken cancellationToken = default) where TRequest : IRequest;
            }
        }
        """;
}
