// A same-shaped stand-in for Amazon.Lambda.Logging.AspNetCore: the Lambda logger provider for Microsoft.Extensions.Logging.
namespace Microsoft.Extensions.Logging
{
    using Microsoft.Extensions.Configuration;

    public class LambdaLoggerOptions
    {
        public LambdaLoggerOptions() { }
        public LambdaLoggerOptions(IConfiguration configuration) { }
        public LambdaLoggerOptions(IConfiguration configuration, string loggingSectionName) { }
        public bool IncludeCategory { get; set; }
        public bool IncludeLogLevel { get; set; }
        public bool IncludeNewline { get; set; }
        public bool IncludeException { get; set; }
        public bool IncludeEventId { get; set; }
        public bool IncludeScopes { get; set; }
        public System.Func<string, LogLevel, bool>? Filter { get; set; }
    }

    public static class LambdaLoggerExtensions
    {
        public static ILoggingBuilder AddLambdaLogger(this ILoggingBuilder builder) => builder;
        public static ILoggingBuilder AddLambdaLogger(this ILoggingBuilder builder, LambdaLoggerOptions options) => builder;
        public static ILoggingBuilder AddLambdaLogger(this ILoggingBuilder builder, IConfiguration configuration, string loggingSectionName) => builder;
        public static ILoggerFactory AddLambdaLogger(this ILoggerFactory factory) => factory;
        public static ILoggerFactory AddLambdaLogger(this ILoggerFactory factory, LambdaLoggerOptions options) => factory;
        public static ILoggerFactory AddLambdaLogger(this ILoggerFactory factory, IConfiguration configuration, string loggingSectionName) => factory;
    }
}
