using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Enterprises.Contracts;

/// <summary>
/// A qualification as it is about to be saved (added or corrected). <paramref name="IsFirstOfLevel"/>: no other
/// qualification of the same level held by the firm was issued earlier, i.e. this is its first recognition (新认定).
/// </summary>
public sealed record QualificationRecorded(
    Guid EnterpriseId, Guid QualificationId, QualificationLevel Level, string Number, DateOnly? IssuedOn, bool IsFirstOfLevel, bool IsNew);

/// <summary>
/// Reacts to a recorded qualification in the same unit of work: what it adds to the context is saved with the
/// qualification, in one transaction, or not at all (e.g. the recognition reward of the Policies module).
/// </summary>
public interface IQualificationObserver
{
    Task OnRecordedAsync(QualificationRecorded recorded, CancellationToken ct);
}

/// <summary>Recognitions (认定) as other modules see them.</summary>
public static class Recognitions
{
    /// <summary>Tells every observer about a qualification that is added or modified in <paramref name="db"/> but not saved yet.</summary>
    public static async Task NotifyAsync(AppDbContext db, IEnumerable<IQualificationObserver> observers, Qualification q, CancellationToken ct)
    {
        var list = observers.ToList();
        if (list.Count == 0)
        {
            return;
        }

        // The saved rows of the firm, other than this one (its stored version may be the one being corrected).
        var earlier = q.IssuedOn is { } issued && await db.Qualifications.AsNoTracking()
            .AnyAsync(x => x.EnterpriseId == q.EnterpriseId && x.Type == q.Type && x.Id != q.Id && x.IssuedOn != null && x.IssuedOn < issued, ct);
        var recorded = new QualificationRecorded(
            q.EnterpriseId, q.Id, (QualificationLevel)q.Type, q.Number, q.IssuedOn, IsFirstOfLevel: q.IssuedOn is not null && !earlier,
            IsNew: db.Entry(q).State == EntityState.Added);
        foreach (var observer in list)
        {
            await observer.OnRecordedAsync(recorded, ct);
        }
    }

    /// <summary>
    /// Each live firm's first recognition of a level issued within [from, to] (its earliest certificate of that level),
    /// for catching up on recognitions recorded before a reward existed.
    /// </summary>
    public static async Task<List<QualificationRecorded>> FirstOfLevelAsync(AppDbContext db, QualificationLevel level, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var type = (QualificationType)level;
        var rows = await db.Qualifications.AsNoTracking()
            .Where(q => q.Type == type && q.IssuedOn != null && db.Enterprises.Any(e => e.Id == q.EnterpriseId))
            .Select(q => new { q.Id, q.EnterpriseId, q.Number, IssuedOn = q.IssuedOn!.Value })
            .ToListAsync(ct);
        return rows.GroupBy(q => q.EnterpriseId)
            .Select(g => g.OrderBy(q => q.IssuedOn).ThenBy(q => q.Number, StringComparer.Ordinal).First())
            .Where(q => q.IssuedOn >= from && q.IssuedOn <= to)
            .Select(q => new QualificationRecorded(q.EnterpriseId, q.Id, level, q.Number, q.IssuedOn, IsFirstOfLevel: true, IsNew: false))
            .ToList();
    }

    /// <summary>Ids of live firms whose name contains, or whose credit code starts with, the text (any scope: callers check permissions).</summary>
    public static Task<List<Guid>> FirmsMatchingAsync(AppDbContext db, string text, CancellationToken ct = default)
    {
        var s = text.Trim();
        var code = s.ToUpperInvariant();
        return db.Enterprises.AsNoTracking().Where(e => e.Name.Contains(s) || e.CreditCode.StartsWith(code)).Select(e => e.Id).ToListAsync(ct);
    }
}
