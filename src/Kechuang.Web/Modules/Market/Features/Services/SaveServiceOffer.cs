using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Market.Domain;
using Kechuang.Web.Modules.Market.Search;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Services;

/// <summary>A service body publishes, revises (with the version read) or withdraws a service offer (检验检测、研发设计、技术咨询).</summary>
public static class SaveServiceOffer
{
    public sealed class Handler(AppDbContext db, CurrentUser user, MarketAccess access, SearchChanges changes, TimeProvider clock)
    {
        public async Task<Guid?> Handle(Guid? id, ServiceOfferForm form, CancellationToken ct)
        {
            user.Demand(Permissions.MarketPublish);
            Validation.Throw(form);
            ServiceOffer offer;
            if (id is null)
            {
                offer = new ServiceOffer
                {
                    OwnerUserId = user.Id,
                    ProviderName = "",
                    Title = "",
                    Description = "",
                    Field = "",
                    ContactName = "",
                    ContactPhone = "",
                    CreatedAt = clock.GetUtcNow(),
                };
                db.ServiceOffers.Add(offer);
            }
            else
            {
                var found = await db.ServiceOffers.FirstOrDefaultAsync(s => s.Id == id, ct);
                if (found is null || !access.MayManageService(found))
                {
                    return null;
                }

                if (found.Version != form.Version)
                {
                    throw new ConflictException("该服务已被他人修改，请刷新后再改");
                }

                offer = found;
            }

            offer.ProviderName = form.ProviderName.Trim();
            offer.Title = form.Title.Trim();
            offer.Description = form.Description.Trim();
            offer.Field = form.Field;
            offer.Kind = form.Kind;
            offer.DistrictCode = string.IsNullOrWhiteSpace(form.DistrictCode) ? null : form.DistrictCode.Trim();
            offer.Keywords = DemandForm.NormaliseKeywords(form.Keywords);
            offer.PriceGuidance = form.PriceGuidance?.Trim();
            offer.ContactName = form.ContactName.Trim();
            offer.ContactPhone = form.ContactPhone.Trim();
            changes.Changed(SearchKinds.Service, offer.Id);
            await db.SaveChangesAsync(ct);
            changes.Saved();
            return offer.Id;
        }

        public async Task<bool> SetPublished(Guid id, bool published, CancellationToken ct)
        {
            var found = await db.ServiceOffers.FirstOrDefaultAsync(s => s.Id == id, ct);
            if (found is null || !access.MayManageService(found))
            {
                return false;
            }

            found.IsPublished = published;
            changes.Changed(SearchKinds.Service, id);
            await db.SaveChangesAsync(ct);
            changes.Saved();
            return true;
        }
    }
}
