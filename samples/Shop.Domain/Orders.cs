using System.Collections.Generic;
using Amazon.DynamoDBv2.DataModel;

namespace Shop.Domain;

/// <summary>The event the function receives: an order placed by the web shop.</summary>
public sealed class OrderEvent
{
    public string OrderId { get; set; } = "";

    public string CustomerId { get; set; } = "";

    public List<OrderLine> Lines { get; set; } = new();
}

public sealed class OrderLine
{
    public string Sku { get; set; } = "";

    public int Quantity { get; set; }

    public decimal UnitPrice { get; set; }
}

/// <summary>What the function answers.</summary>
public sealed class OrderResult
{
    public string OrderId { get; set; } = "";

    public bool Accepted { get; set; }

    public decimal Total { get; set; }

    public List<string> Problems { get; set; } = new();
}

/// <summary>The receipt archived in S3 for large orders.</summary>
public sealed class Receipt
{
    public string OrderId { get; set; } = "";

    public decimal Total { get; set; }

    public int PricingRulesVersion { get; set; }
}

/// <summary>The order as stored in DynamoDB.</summary>
[DynamoDBTable("Orders")]
public sealed class OrderRecord
{
    [DynamoDBHashKey]
    public string OrderId { get; set; } = "";

    public string CustomerId { get; set; } = "";

    public decimal Total { get; set; }
}
