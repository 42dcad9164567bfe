using System.Collections.Concurrent;
using Kechuang.Rules.Evaluation;
using Kechuang.Rules.Loading;
using Kechuang.Rules.Model;
using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Policies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Policies.Contracts;

/// <summary>
/// A published rule set version, parsed: what the rest of the app evaluates against. Its period in force is kept
/// by the database (From/To), not read from the YAML, because publishing a successor closes the predecessor's
/// period without rewriting the text that was published.
/// </summary>
public sealed record PublishedRuleSet(Guid VersionId, RuleSet Rules, DateOnly From, DateOnly? To)
{
    public bool IsInForceOn(DateOnly date) => date >= From && (To is null || date <= To);
}

/// <summary>
/// The rule sets in force, from the published versions in the database (the shipped YAML files are loaded into it
/// at start-up). Parsed versions and compiled (version, date) pairs are kept in a process-wide cache: a version's
/// text never changes once published, so only the list of published versions has to be re-read, which happens when
/// this instance publishes (<see cref="Forget"/>) or after a minute (another instance may have published).
/// </summary>
public sealed class RuleBook(AppDbContext db, RuleBookCache cache, TimeProvider clock)
{
    public DateOnly Today => BeijingTime.Today(clock);

    /// <summary>Every published version, newest first per rule set.</summary>
    public async Task<IReadOnlyList<PublishedRuleSet>> PublishedAsync(CancellationToken ct = default)
    {
        if (cache.Published is { } fresh && fresh.LoadedAt > clock.GetUtcNow() - RuleBookCache.RereadAfter)
        {
            return fresh.Sets;
        }

        var rows = await db.RuleSetVersions.AsNoTracking().Where(v => v.Status == RuleSetStatus.Published)
            .OrderBy(v => v.RuleSetId).ThenByDescending(v => v.EffectiveFrom)
            .Select(v => new { v.Id, v.RuleSetId, v.Yaml, v.EffectiveFrom, v.EffectiveTo }).ToListAsync(ct);
        var sets = rows.Select(r => new PublishedRuleSet(r.Id, cache.Parsed.GetOrAdd(r.Id, _ => RuleSetLoader.Load($"{r.RuleSetId}.yaml", r.Yaml)),
            r.EffectiveFrom, r.EffectiveTo)).ToList();
        cache.Published = (clock.GetUtcNow(), sets);
        return sets;
    }

    /// <summary>The version of a rule set in force on a date, compiled for that date; null when none is.</summary>
    public async Task<CompiledRuleSet?> InForceAsync(string ruleSetId, DateOnly on, CancellationToken ct = default)
    {
        var version = await VersionInForceAsync(ruleSetId, on, ct);
        return version is null ? null : Compiled(version.VersionId, version.Rules, on);
    }

    public async Task<PublishedRuleSet?> VersionInForceAsync(string ruleSetId, DateOnly on, CancellationToken ct = default) =>
        (await PublishedAsync(ct)).FirstOrDefault(s => s.Rules.Id == ruleSetId && s.IsInForceOn(on));

    /// <summary>A published version never changes, so its compiled form is kept per evaluation date.</summary>
    private CompiledRuleSet Compiled(Guid versionId, RuleSet rules, DateOnly on) =>
        cache.Compiled.GetOrAdd((versionId, on), _ => CompiledRuleSet.Compile(rules, on));

    public void Forget() => cache.Published = null;
}

/// <summary>The process-wide part of <see cref="RuleBook"/> (a singleton).</summary>
public sealed class RuleBookCache
{
    public static readonly TimeSpan RereadAfter = TimeSpan.FromMinutes(1);

    public (DateTimeOffset LoadedAt, IReadOnlyList<PublishedRuleSet> Sets)? Published { get; set; }

    public ConcurrentDictionary<Guid, RuleSet> Parsed { get; } = new();

    public ConcurrentDictionary<(Guid, DateOnly), CompiledRuleSet> Compiled { get; } = new();
}
