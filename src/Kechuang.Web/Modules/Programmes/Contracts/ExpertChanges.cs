using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Kechuang.Web.Modules.Programmes.Contracts;

/// <summary>Which experts a pending save adds, changes or removes: for modules that keep a copy of the pool (the market's search index).</summary>
public static class ExpertChanges
{
    public static List<Guid> In(ChangeTracker tracker) =>
        tracker.Entries<Expert>()
            .Where(e => e.State is Microsoft.EntityFrameworkCore.EntityState.Added or Microsoft.EntityFrameworkCore.EntityState.Modified or Microsoft.EntityFrameworkCore.EntityState.Deleted)
            .Select(e => e.Entity.Id)
            .ToList();
}
