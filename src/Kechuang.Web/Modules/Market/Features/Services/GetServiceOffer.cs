using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Market.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Services;

/// <summary>A published service offer (everyone), or an unpublished one for its owner and staff.</summary>
public static class GetServiceOffer
{
    public sealed record Details(Guid Id, string Title, string Description, string ProviderName, string Kind, string? DistrictCode,
        string Field, string Keywords, string? PriceGuidance, string ContactName, string ContactPhone, bool IsPublished, long Version, bool MayManage)
    {
        /// <summary>The raw values, for the edit form.</summary>
        public ServiceOfferForm? Form { get; init; }
    }

    public sealed class Handler(AppDbContext db, MarketAccess access)
    {
        public async Task<Details?> Handle(Guid id, CancellationToken ct)
        {
            var s = await db.ServiceOffers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            if (s is null || (!s.IsPublished && !access.MayManageService(s)))
            {
                return null;
            }

            var mayManage = access.MayManageService(s);
            return new Details(s.Id, s.Title, s.Description, s.ProviderName, MarketTerms.Name(s.Kind), s.DistrictCode, s.Field, s.Keywords,
                s.PriceGuidance, s.ContactName, s.ContactPhone, s.IsPublished, s.Version, mayManage)
            {
                Form = mayManage ? new ServiceOfferForm
                {
                    Title = s.Title,
                    Description = s.Description,
                    ProviderName = s.ProviderName,
                    Kind = s.Kind,
                    DistrictCode = s.DistrictCode,
                    Field = s.Field,
                    Keywords = s.Keywords,
                    PriceGuidance = s.PriceGuidance,
                    ContactName = s.ContactName,
                    ContactPhone = s.ContactPhone,
                    Version = s.Version,
                } : null,
            };
        }
    }
}
