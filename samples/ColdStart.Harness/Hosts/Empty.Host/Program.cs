using System.Globalization;
using System.Linq;
using ColdStart.Tool;

// The host protocol with nothing behind it: init and the first response at once, then the measurements (all zero,
// one per later event too, except the peak memory of an empty process).
Mark(HostProtocol.Init);
Mark(HostProtocol.FirstResponse);
var peakMb = System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
Mark(HostProtocol.Done + string.Format(CultureInfo.InvariantCulture, "0 0 {0:F1}", peakMb) + string.Concat(args.Skip(1).Select(_ => " 0")));

static void Mark(string line)
{
    System.Console.Out.WriteLine(line);
    System.Console.Out.Flush();
}
