using System.Diagnostics;
using System.Globalization;

using Kechuang.Review;
using Kechuang.Review.Model;
using Kechuang.ReviewBenchmarks;

// Review-assignment benchmark (README.md). Each instance runs in its own child process so that its peak working set
// is its own; the parent prints the markdown table.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
(string Name, int Applications, int Experts, int MaxLoad, int Seed)[] instances =
[
    ("2,000 × 3 of 1,000 (load 8)", 2_000, 1_000, 8, 20261123),
    ("10,000 × 3 of 3,000 (load 12)", 10_000, 3_000, 12, 20261124),
];
const int Runs = 5;

if (args is ["--instance", var which])
{
    var (_, applications, experts, maxLoad, seed) = instances[int.Parse(which, CultureInfo.InvariantCulture)];
    Console.WriteLine(Child.Run(applications, experts, maxLoad, seed, Runs));
    return 0;
}

Console.WriteLine("| instance | proven optimum: time (median of 5) | of which affinity / flow / proof | rounds, arcs | peak working set | optimal affinity | greedy affinity | greedy time | check optimum / greedy |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
var failed = false;
for (var i = 0; i < instances.Length; i++)
{
    var self = Environment.ProcessPath!;
    var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
    if (Path.GetFileNameWithoutExtension(self) == "dotnet")
    {
        start.ArgumentList.Add(typeof(Child).Assembly.Location);
    }

    start.ArgumentList.Add("--instance");
    start.ArgumentList.Add(i.ToString(CultureInfo.InvariantCulture));
    using var child = Process.Start(start)!;
    var line = child.StandardOutput.ReadToEnd().Trim();
    child.WaitForExit();
    failed |= child.ExitCode != 0 || line.Contains("FAILED", StringComparison.Ordinal);
    Console.WriteLine($"| {instances[i].Name} {line}");
}

return failed ? 1 : 0;
