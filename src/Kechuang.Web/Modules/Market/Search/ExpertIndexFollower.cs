using Kechuang.Web.Modules.Market.Domain;
using Kechuang.Web.Modules.Programmes.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kechuang.Web.Modules.Market.Search;

/// <summary>
/// Puts every saved change to the expert pool into the index's change table, in the same transaction as the change: the
/// pool belongs to the programmes module, which should not need to know that the market indexes it. One per scope, so it
/// can wake the index worker only after the save has committed.
/// </summary>
public sealed class ExpertIndexFollower(TimeProvider clock, IndexSignal signal) : SaveChangesInterceptor
{
    private bool _pending;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Wake();
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Wake();
        return base.SavedChanges(eventData, result);
    }

    private void Record(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var id in ExpertChanges.In(context.ChangeTracker))
        {
            context.Add(new SearchIndexChange { Kind = SearchKinds.Expert, EntityId = id, At = clock.GetUtcNow() });
            _pending = true;
        }
    }

    private void Wake()
    {
        if (_pending)
        {
            _pending = false;
            signal.Notify();
        }
    }
}
