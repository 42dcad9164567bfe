using System.Diagnostics;
using System.Globalization;

using Kechuang.Rules;
using Kechuang.Rules.Evaluation;
using Kechuang.Rules.Facts;
using Kechuang.RulesBenchmarks;

// Rules-engine benchmark: Kechuang.Rules against a plain C# oracle and Microsoft RulesEngine 6.0.1 (README.md).
const int FirmCount = 100_000;
const int PeerFirmCount = 10_000;
const int CheckedFirmCount = 10_000;
const int Runs = 5;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var clock = Stopwatch.StartNew();
var (firms, sheets) = Generator.Generate(FirmCount, seed: 20261122);
Console.Error.WriteLine($"generated {FirmCount:N0} firms in {clock.ElapsedMilliseconds} ms ({firms.Count(f => !f.HasLastYear)} without y-1 figures)");

var techSme = CompiledRuleSet.Compile(ShippedRuleSets.Get(ShippedRuleSets.TechSme), Generator.On);
// The ladder: the four recognition rule sets; the shipped policy clauses' own rule sets (rewards, subsidies, tax) join the city row.
string[] ladder = [ShippedRuleSets.TechSme, ShippedRuleSets.HighTech, ShippedRuleSets.LittleGiant, ShippedRuleSets.CitySmallTech];
var allSets = ladder.Select(id => CompiledRuleSet.Compile(ShippedRuleSets.Get(id), Generator.On)).ToArray();
var shippedSets = ShippedRuleSets.List().Select(r => CompiledRuleSet.Compile(r, Generator.On)).ToArray();
var oneSet = new[] { techSme };

// The whole city: every shipped rule set and 20 clause-like variants of the four ladder sets (Clauses.cs).
var clauses = Clauses.Generate(ladder.Select(ShippedRuleSets.Get)).Select(r => CompiledRuleSet.Compile(r, Generator.On)).ToArray();
var city = shippedSets.Concat(clauses).ToArray();

// ---- equality with the oracle (before timing, so a wrong engine is never reported as fast) ----
var decided = techSme.DecideAll(sheets);
var mismatches = 0;
var firstMismatch = "";
var explained = new EvaluationResult[FirmCount];
Parallel.For(0, FirmCount, i => explained[i] = techSme.Evaluate(sheets[i]));
for (var i = 0; i < FirmCount; i++)
{
    var (outcome, score) = Oracle.Decide(firms[i]);
    var e = explained[i];
    if (decided[i] != outcome || e.Outcome != outcome || e.Score!.Min != score || e.Score.Max != score)
    {
        if (mismatches++ == 0)
        {
            firstMismatch = $"firm {i}: oracle {outcome}/{score}, DecideAll {decided[i]}, Evaluate {e.Outcome}/{e.Score!.Min}";
        }
    }
}

Array.Clear(explained);
Console.Error.WriteLine($"equality check: {mismatches} mismatches {firstMismatch}");

// Every rule set of the city run: Decide (one fused expression tree, ratios compared without dividing) must equal the
// outcome put together from Evaluate's conditions, routes and score (one delegate per expression, decimal division).
var cityMismatches = 0;
var firstCityMismatch = "";
Parallel.For(0, CheckedFirmCount, i =>
{
    foreach (var set in city)
    {
        var fast = set.Decide(sheets[i]);
        var slow = Clauses.Recompose(set.Evaluate(sheets[i]));
        if (fast != slow && Interlocked.Increment(ref cityMismatches) == 1)
        {
            firstCityMismatch = $"{set.Rules.Id}, firm {i}: Decide {fast}, explained {slow}";
        }
    }
});
Console.Error.WriteLine($"city equality check ({city.Length} rule sets × {CheckedFirmCount:N0} firms): {cityMismatches} mismatches {firstCityMismatch}");

// ---- Kechuang.Rules ----
static long[] SingleThread(CompiledRuleSet[] sets, FactSheet[] sheets, Outcome[] results)
{
    var before = GC.GetAllocatedBytesForCurrentThread();
    var start = Stopwatch.GetTimestamp();
    foreach (var set in sets)
    {
        for (var i = 0; i < sheets.Length; i++)
        {
            results[i] = set.Decide(sheets[i]);
        }
    }

    return [Stopwatch.GetTimestamp() - start, GC.GetAllocatedBytesForCurrentThread() - before];
}

static long[] BothCores(CompiledRuleSet[] sets, FactSheet[] sheets)
{
    var before = GC.GetTotalAllocatedBytes(precise: true);
    var start = Stopwatch.GetTimestamp();
    foreach (var set in sets)
    {
        _ = set.DecideAll(sheets);
    }

    return [Stopwatch.GetTimestamp() - start, GC.GetTotalAllocatedBytes(precise: true) - before];
}

var results = new Outcome[FirmCount];
Measurement Measure(string what, Func<long[]> run, int firmCount)
{
    var warm = Stopwatch.StartNew();
    while (warm.ElapsedMilliseconds < 1000)
    {
        run();
    }

    var samples = Enumerable.Range(0, Runs).Select(_ => run()).OrderBy(s => s[0]).ToArray();
    var median = samples[Runs / 2];
    var m = new Measurement(what, firmCount, Stopwatch.GetElapsedTime(0, median[0]).TotalMilliseconds, median[1]);
    Console.Error.WriteLine($"{what}: {m.Ms:F1} ms");
    return m;
}

var smeOne = Measure("tech-sme, 1 thread", () => SingleThread(oneSet, sheets, results), FirmCount);
var smeTwo = Measure("tech-sme, 2 cores", () => BothCores(oneSet, sheets), FirmCount);
var allOne = Measure("all 4 sets, 1 thread", () => SingleThread(allSets, sheets, results), FirmCount);
var allTwo = Measure("all 4 sets, 2 cores", () => BothCores(allSets, sheets), FirmCount);
var cityOne = Measure($"city: {city.Length} rule sets, 1 thread", () => SingleThread(city, sheets, results), FirmCount);
var cityTwo = Measure($"city: {city.Length} rule sets, 2 cores", () => BothCores(city, sheets), FirmCount);
var oracleOne = Measure("oracle, 1 thread", () => OracleLoop(firms, results), FirmCount);

static long[] OracleLoop(Firm[] firms, Outcome[] results)
{
    var before = GC.GetAllocatedBytesForCurrentThread();
    var start = Stopwatch.GetTimestamp();
    for (var i = 0; i < firms.Length; i++)
    {
        results[i] = Oracle.Decide(firms[i]).Outcome;
    }

    return [Stopwatch.GetTimestamp() - start, GC.GetAllocatedBytesForCurrentThread() - before];
}

// ---- one firm's explanation ----
var sample = sheets[Array.FindIndex(firms, f => f.HasLastYear && !f.HoldsHighTech)];
var warmExplain = Stopwatch.StartNew();
while (warmExplain.ElapsedMilliseconds < 1000)
{
    _ = techSme.Evaluate(sample);
}

var latencies = new double[1000];
for (var i = 0; i < latencies.Length; i++)
{
    var start = Stopwatch.GetTimestamp();
    _ = techSme.Evaluate(sample);
    latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
}

Array.Sort(latencies);
var explainMedian = latencies[499];
var explainP99 = latencies[989];

// ---- the peer: Microsoft RulesEngine 6.0.1 on the first 10,000 firms, one thread ----
var peer = new Peer();
var peerFirms = firms.Take(PeerFirmCount).ToArray();
var peerMismatches = 0;
var peerCompared = 0;
foreach (var f in peerFirms.Where(f => f.HasLastYear))
{
    var (outcome, score) = await peer.Decide(f).ConfigureAwait(false);
    var (expected, expectedScore) = Oracle.Decide(f);
    peerCompared++;
    peerMismatches += outcome != expected || score != expectedScore ? 1 : 0;
}

async Task<long[]> RunPeer()
{
    var before = GC.GetTotalAllocatedBytes(precise: true);
    var start = Stopwatch.GetTimestamp();
    foreach (var f in peerFirms)
    {
        _ = await peer.Decide(f).ConfigureAwait(false);
    }

    return [Stopwatch.GetTimestamp() - start, GC.GetTotalAllocatedBytes(precise: true) - before];
}

var peerWarm = Stopwatch.StartNew();
while (peerWarm.ElapsedMilliseconds < 1000)
{
    _ = await RunPeer().ConfigureAwait(false);
}

var peerSamples = new List<long[]>();
for (var i = 0; i < 3; i++)
{
    peerSamples.Add(await RunPeer().ConfigureAwait(false));
}

var peerMedian = peerSamples.OrderBy(s => s[0]).ElementAt(1);
var peerRun = new Measurement("peer", PeerFirmCount, Stopwatch.GetElapsedTime(0, peerMedian[0]).TotalMilliseconds, peerMedian[1]);
var peerScaledMs = peerRun.Ms * FirmCount / PeerFirmCount;
var ratioOne = peerRun.NsPerFirm / smeOne.NsPerFirm;

// ---- the table ----
static string Ok(bool met) => met ? "✅" : "❌";
Console.WriteLine($"## Rules-engine benchmark — {FirmCount:N0} generated firms ({firms.Count(f => !f.HasLastYear):N0} without y-1 figures), {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine();
Console.WriteLine("Median of 5 runs after ≥ 1 s warm-up (peer: median of 3). Bytes: GetAllocatedBytesForCurrentThread (1 thread) / GetTotalAllocatedBytes(true) (2 cores, peer).");
Console.WriteLine();
Console.WriteLine("| Measure | Total ms | ns/firm | bytes/firm | Target | Met |");
Console.WriteLine("|---|---:|---:|---:|---|:-:|");
void Row(Measurement m, string target = "", string met = "") =>
    Console.WriteLine($"| {m.What} | {m.Ms * FirmCount / m.Firms:F1} | {m.NsPerFirm:F0} | {m.BytesPerFirm:F1} | {target} | {met} |");
Row(smeOne with { What = "Kechuang.Rules 科技型中小企业 (tech-sme), DecideAll-equivalent loop, 1 thread" }, "≤ 1 KB/firm", Ok(smeOne.BytesPerFirm <= 1024));
Row(smeTwo with { What = "Kechuang.Rules 科技型中小企业 (tech-sme), DecideAll (Parallel over chunks), 2 cores" }, "< 300 ms / 100k on 2 cores; ≤ 1 KB/firm", Ok(smeTwo.Ms < 300 && smeTwo.BytesPerFirm <= 1024));
Row(allOne with { What = "Kechuang.Rules all 4 shipped sets (tech-sme, high-tech, little-giant, city-small-tech), 1 thread" }, "≤ 1 KB/firm", Ok(allOne.BytesPerFirm <= 1024));
Row(allTwo with { What = "Kechuang.Rules all 4 shipped sets, DecideAll, 2 cores" }, "≤ 1 KB/firm", Ok(allTwo.BytesPerFirm <= 1024));
Row(cityOne with { What = $"Kechuang.Rules whole city: all {shippedSets.Length} shipped sets + {clauses.Length} policy clauses ({city.Length} rule sets), Decide loop, 1 thread" }, "≤ 1 KB/firm", Ok(cityOne.BytesPerFirm <= 1024));
Row(cityTwo with { What = $"Kechuang.Rules whole city: all {shippedSets.Length} shipped sets + {clauses.Length} policy clauses, DecideAll, 2 cores" }, "< 300 ms / 100k on 2 cores; ≤ 1 KB/firm", Ok(cityTwo.Ms < 300 && cityTwo.BytesPerFirm <= 1024));
Row(oracleOne with { What = "(reference) plain C# oracle, tech-sme verdict + score, 1 thread" });
Console.WriteLine($"| Microsoft RulesEngine 6.0.1, {peer.RuleCount} rules (one per condition/band/route), 1 thread — run on {PeerFirmCount:N0} firms, total scaled ×{FirmCount / PeerFirmCount} | {peerScaledMs:F1} | {peerRun.NsPerFirm:F0} | {peerRun.BytesPerFirm:F0} | | |");
Console.WriteLine($"| Speed ratio, 1 thread (RulesEngine ns/firm ÷ Kechuang tech-sme ns/firm) | | {ratioOne:F1}× | | ≥ 20× | {Ok(ratioOne >= 20)} |");
Console.WriteLine($"| One firm's explanation (Evaluate), median / p99 of 1,000 calls | {explainMedian:F3} / {explainP99:F3} | | | < 10 ms | {Ok(explainP99 < 10)} |");
Console.WriteLine($"| Equality: Kechuang verdict (DecideAll, Evaluate) and score (Evaluate) vs plain C# oracle, {FirmCount:N0} firms | mismatches: {mismatches} | | | 0 | {Ok(mismatches == 0)} |");
Console.WriteLine($"| Equality: Kechuang Decide vs the explained path (Evaluate's conditions, routes, score), {city.Length} rule sets × {CheckedFirmCount:N0} firms | mismatches: {cityMismatches} | | | 0 | {Ok(cityMismatches == 0)} |");
Console.WriteLine($"| (info) RulesEngine verdict and score vs oracle, {peerCompared:N0} firms with y-1 figures; rule errors | mismatches: {peerMismatches}; errors: {peer.Errors} | | | | |");

if (mismatches > 0)
{
    Console.Error.WriteLine($"FAIL: {mismatches} firms differ from the oracle; first: {firstMismatch}");
    return 1;
}

if (cityMismatches > 0)
{
    Console.Error.WriteLine($"FAIL: {cityMismatches} decisions differ from the explained path; first: {firstCityMismatch}");
    return 1;
}

return 0;

internal sealed record Measurement(string What, int Firms, double Ms, long Bytes)
{
    public double NsPerFirm => Ms * 1e6 / Firms;

    public double BytesPerFirm => (double)Bytes / Firms;
}
