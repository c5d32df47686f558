// The harness's protocol with nothing behind it: the first response at once, then the timings line (all zero,
// except the peak memory of an empty process).
System.Console.Out.WriteLine("FIRST_RESPONSE");
var peakMb = System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
System.Console.Out.WriteLine(string.Format(
    System.Globalization.CultureInfo.InvariantCulture,
    "{{\"init_ms\":0,\"first_invoke_ms\":0,\"warm_ms\":0,\"warmup_ping_ms\":0,\"ping_ms\":0,\"peak_mb\":{0:F1},\"prime_ms\":0}}",
    peakMb));
