namespace ColdStart.Tests.Shared;

/// <summary>
/// MediatR's contracts as the package declares them, reduced to what the analyzer and generator tests use: requests and
/// notifications with their handlers, pipeline behaviours, the sender and the mediator.
/// </summary>
internal static class MediatorContracts
{
    public const string Source = """
        namespace MediatR
        {
            using System.Threading;
            using System.Threading.Tasks;

            public interface IRequest { }

            public interface IRequest<out TResponse> { }

            public interface INotification { }

            public interface IRequestHandler<in TRequest> where TRequest : IRequest
            {
                Task Handle(TRequest request, CancellationToken cancellationToken);
            }

            public interface IRequestHandler<in TRequest, TResponse> where TRequest : IRequest<TResponse>
            {
                Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken);
            }

            public interface INotificationHandler<in TNotification> where TNotification : INotification
            {
                Task Handle(TNotification notification, CancellationToken cancellationToken);
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

            public interface IMediator
            {
                Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default);

                Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default) where TNotification : INotification;
            }
        }
        """;
}
