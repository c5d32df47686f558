using Xunit;

namespace ColdStart.Tool.Tests;

public class HandlerStringTests
{
    [Theory]
    [InlineData("Naive.Function::Naive.Function.OrderFunction::FunctionHandler", "Naive.Function", "Naive.Function.OrderFunction", "FunctionHandler")]
    [InlineData("A::B+Nested::M", "A", "B+Nested", "M")]
    public void A_three_part_string_names_assembly_type_and_method(string text, string assembly, string type, string method)
    {
        Assert.True(HandlerString.TryParse(text, out var handler, out _));
        Assert.Equal(new HandlerString(assembly, type, method), handler);
        Assert.Equal(text, handler!.ToString());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("Naive.Function::OrderFunction", "2 part(s)")]
    [InlineData("A::B::C::D", "4 part(s)")]
    [InlineData("A::::M", "empty or padded type")]
    [InlineData("A:: B::M", "empty or padded type")]
    [InlineData("Naive.Function.dll::T::M", "without '.dll' ('Naive.Function')")]
    public void A_string_that_cannot_name_a_handler_says_what_is_wrong(string text, string expected)
    {
        Assert.False(HandlerString.TryParse(text, out var handler, out var error));
        Assert.Null(handler);
        Assert.Contains(expected, error, System.StringComparison.Ordinal);
    }
}
