using System.Collections.Generic;

namespace Shop.Domain;

/// <summary>One business rule an order must pass. Naive.Function discovers the implementations by reflection; Optimized.Function lists them.</summary>
public interface IOrderValidator
{
    IEnumerable<string> Validate(OrderEvent order);
}

public sealed class HasLinesValidator : IOrderValidator
{
    public IEnumerable<string> Validate(OrderEvent order)
    {
        if (order.Lines.Count == 0)
        {
            yield return "an order needs at least one line";
        }
    }
}

public sealed class PositiveQuantityValidator : IOrderValidator
{
    public IEnumerable<string> Validate(OrderEvent order)
    {
        foreach (var line in order.Lines)
        {
            if (line.Quantity <= 0)
            {
                yield return $"line {line.Sku} has quantity {line.Quantity}";
            }
        }
    }
}
