using Kechuang.Web.Modules.Market.Domain;
using Kechuang.Web.Modules.Market.Features.Demands;

namespace Kechuang.Web.Modules.Market.Contracts;

/// <summary>A technical demand another module hands to the market (a grid officer's technology need): it waits for staff review like any other.</summary>
public sealed record DemandDraft(Guid EnterpriseId, string Title, string Description, string Field, string Keywords);

/// <summary>Lets other modules submit a demand in the caller's unit of work, with the same checks and data scope as the market's own form.</summary>
public sealed class DemandSubmission(PostDemand.Handler post)
{
    public Task<Guid> SubmitAsync(DemandDraft draft, CancellationToken ct = default) =>
        post.Create(new DemandForm
        {
            EnterpriseId = draft.EnterpriseId,
            Title = draft.Title,
            Description = draft.Description,
            Field = draft.Field,
            Keywords = draft.Keywords,
            IsPublic = true,
        }, ct);
}
