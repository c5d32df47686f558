// A same-shaped stand-in for MediatR 12 (and the AddMediatR overloads of its older DI package): this machine's feed
// serves only MediatR 5. Requests, handlers, notifications, pipeline behaviours and the mediator interfaces.
namespace MediatR
{
    using System;
    using System.Threading;
    using System.Threading.Tasks;

    public readonly struct Unit
    {
        public static readonly Unit Value = default;
        public static Task<Unit> Task { get; } = System.Threading.Tasks.Task.FromResult(Value);
    }

    public interface IBaseRequest { }
    public interface IRequest : IBaseRequest { }
    public interface IRequest<out TResponse> : IBaseRequest { }
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

    public delegate Task<TResponse> RequestHandlerDelegate<TResponse>(CancellationToken cancellationToken = default);

    public interface IPipelineBehavior<in TRequest, TResponse> where TRequest : notnull
    {
        Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken);
    }

    public interface ISender
    {
        Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default);
        Task Send<TRequest>(TRequest request, CancellationToken cancellationToken = default) where TRequest : IRequest;
        Task<object?> Send(object request, CancellationToken cancellationToken = default);
    }

    public interface IPublisher
    {
        Task Publish(object notification, CancellationToken cancellationToken = default);
        Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default) where TNotification : INotification;
    }

    public interface IMediator : ISender, IPublisher { }

    public class MediatRServiceConfiguration
    {
        public MediatRServiceConfiguration RegisterServicesFromAssembly(System.Reflection.Assembly assembly) => this;
        public MediatRServiceConfiguration RegisterServicesFromAssemblies(params System.Reflection.Assembly[] assemblies) => this;
        public MediatRServiceConfiguration RegisterServicesFromAssemblyContaining<T>() => this;
        public MediatRServiceConfiguration RegisterServicesFromAssemblyContaining(Type type) => this;
        public MediatRServiceConfiguration AddBehavior(Type serviceType, Type implementationType) => this;
        public MediatRServiceConfiguration AddOpenBehavior(Type openBehaviorType) => this;
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    using System;
    using System.Reflection;
    using MediatR;

    public static class MediatRServiceCollectionExtensions
    {
        public static IServiceCollection AddMediatR(this IServiceCollection services, Action<MediatRServiceConfiguration> configuration) => services;
        public static IServiceCollection AddMediatR(this IServiceCollection services, params Assembly[] assemblies) => services;
        public static IServiceCollection AddMediatR(this IServiceCollection services, params Type[] handlerAssemblyMarkerTypes) => services;
    }
}
