// Same-shaped stand-ins for the Azure Functions worker binding extensions this machine's feed does not serve (Service Bus,
// Cosmos DB, Event Grid, Event Hubs, Tables, SignalR, SQL): the attributes and the few types the corpus's functions
// name, so that a function binding them compiles. They carry no behaviour; the analyzers only need the names to bind.
namespace Microsoft.Azure.Functions.Worker
{
    using System;
    using System.Collections.Generic;
    using System.Threading;
    using System.Threading.Tasks;
    using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

    public enum ServiceBusEntityType
    {
        Queue,
        Topic,
    }

    public sealed class ServiceBusTriggerAttribute : TriggerBindingAttribute
    {
        public ServiceBusTriggerAttribute(string queueName) { }
        public ServiceBusTriggerAttribute(string topicName, string subscriptionName) { }
        public string? Connection { get; set; }
        public bool IsSessionsEnabled { get; set; }
        public bool IsBatched { get; set; }
        public bool AutoCompleteMessages { get; set; }
    }

    public sealed class ServiceBusOutputAttribute : OutputBindingAttribute
    {
        public ServiceBusOutputAttribute(string queueOrTopicName, ServiceBusEntityType entityType = ServiceBusEntityType.Queue) { }
        public string? Connection { get; set; }
        public ServiceBusEntityType EntityType { get; set; }
    }

    public class ServiceBusMessageActions
    {
        public virtual Task CompleteMessageAsync(
            global::Azure.Messaging.ServiceBus.ServiceBusReceivedMessage message, CancellationToken cancellationToken = default) => Task.CompletedTask;
        public virtual Task AbandonMessageAsync(
            global::Azure.Messaging.ServiceBus.ServiceBusReceivedMessage message, IDictionary<string, object>? propertiesToModify = null,
            CancellationToken cancellationToken = default) => Task.CompletedTask;
        public virtual Task DeadLetterMessageAsync(
            global::Azure.Messaging.ServiceBus.ServiceBusReceivedMessage message, Dictionary<string, object>? propertiesToModify = null,
            string? deadLetterReason = null, string? deadLetterErrorDescription = null, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    public sealed class CosmosDBTriggerAttribute : TriggerBindingAttribute
    {
        public CosmosDBTriggerAttribute(string databaseName, string containerName) { }
        public string? Connection { get; set; }
        public string? LeaseContainerName { get; set; }
        public string? LeaseConnection { get; set; }
        public string? LeaseDatabaseName { get; set; }
        public bool CreateLeaseContainerIfNotExists { get; set; }
        public string? LeaseContainerPrefix { get; set; }
        public bool StartFromBeginning { get; set; }
    }

    public sealed class CosmosDBInputAttribute : InputBindingAttribute
    {
        public CosmosDBInputAttribute(string databaseName, string containerName) { }
        public string? Connection { get; set; }
        public string? Id { get; set; }
        public string? PartitionKey { get; set; }
        public string? SqlQuery { get; set; }
    }

    public sealed class CosmosDBOutputAttribute : OutputBindingAttribute
    {
        public CosmosDBOutputAttribute(string databaseName, string containerName) { }
        public string? Connection { get; set; }
        public string? PartitionKey { get; set; }
        public bool CreateIfNotExists { get; set; }
    }

    public sealed class EventGridTriggerAttribute : TriggerBindingAttribute
    {
        public bool IsBatched { get; set; }
    }

    public sealed class EventGridOutputAttribute : OutputBindingAttribute
    {
        public string? TopicEndpointUri { get; set; }
        public string? TopicKeySetting { get; set; }
        public string? Connection { get; set; }
    }

    public sealed class EventHubTriggerAttribute : TriggerBindingAttribute
    {
        public EventHubTriggerAttribute(string eventHubName) { }
        public string? Connection { get; set; }
        public string? ConsumerGroup { get; set; }
        public bool IsBatched { get; set; }
    }

    public sealed class EventHubOutputAttribute : OutputBindingAttribute
    {
        public EventHubOutputAttribute(string eventHubName) { }
        public string? Connection { get; set; }
    }

    public sealed class TableInputAttribute : InputBindingAttribute
    {
        public TableInputAttribute(string tableName) { }
        public TableInputAttribute(string tableName, string partitionKey) { }
        public TableInputAttribute(string tableName, string partitionKey, string rowKey) { }
        public string? Connection { get; set; }
        public string? Filter { get; set; }
        public int Take { get; set; }
    }

    public sealed class TableOutputAttribute : OutputBindingAttribute
    {
        public TableOutputAttribute(string tableName) { }
        public string? Connection { get; set; }
        public string? PartitionKey { get; set; }
        public string? RowKey { get; set; }
    }

    public sealed class SignalRConnectionInfoInputAttribute : InputBindingAttribute
    {
        public string? HubName { get; set; }
        public string? ConnectionStringSetting { get; set; }
        public string? UserId { get; set; }
    }

    public sealed class SignalROutputAttribute : OutputBindingAttribute
    {
        public string? HubName { get; set; }
        public string? ConnectionStringSetting { get; set; }
    }

    public sealed class SignalRConnectionInfo
    {
        public string? Url { get; set; }
        public string? AccessToken { get; set; }
    }

    public sealed class SignalRMessageAction
    {
        public SignalRMessageAction(string target) { }
        public SignalRMessageAction(string target, object[] arguments) { }
        public string? Target { get; set; }
        public object[]? Arguments { get; set; }
        public string? UserId { get; set; }
        public string? GroupName { get; set; }
    }
}

namespace Microsoft.Azure.Functions.Worker.Extensions.ServiceBus
{
    // The real extension has this namespace; functions import it without naming any of its types.
    internal static class NamespaceMarker
    {
    }
}

namespace Microsoft.Azure.Functions.Worker.Extensions.Sql
{
    using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

    public sealed class SqlInputAttribute : InputBindingAttribute
    {
        public SqlInputAttribute(string commandText, string connectionStringSetting) { }
        public SqlInputAttribute(string commandText, string connectionStringSetting, System.Data.CommandType commandType, string parameters) { }
        public string? Parameters { get; set; }
    }

    public sealed class SqlOutputAttribute : OutputBindingAttribute
    {
        public SqlOutputAttribute(string commandText, string connectionStringSetting) { }
    }
}
