using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Market.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Market.Features.Achievements;

/// <summary>A published achievement (everyone), or an unpublished one for its owner and staff.</summary>
public static class GetAchievement
{
    public sealed record Details(Guid Id, string Title, string Abstract, string OwnerName, string OwnerKind, string? DistrictCode, string Field, string Keywords,
        string Maturity, string PatentNumbers, string TransferMode, string? PriceGuidance, string ContactName, string ContactPhone, bool IsPublished, long Version, bool MayManage)
    {
        /// <summary>The raw values, for the edit form.</summary>
        public AchievementForm? Form { get; init; }
    }

    public sealed class Handler(AppDbContext db, MarketAccess access)
    {
        public async Task<Details?> Handle(Guid id, CancellationToken ct)
        {
            var a = await db.Achievements.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            if (a is null || (!a.IsPublished && !access.MayManageAchievement(a)))
            {
                return null;
            }

            return new Details(a.Id, a.Title, a.Abstract, a.OwnerName, MarketTerms.Name(a.OwnerKind), a.DistrictCode, a.Field, a.Keywords,
                MarketTerms.Name(a.Maturity), a.PatentNumbers, MarketTerms.Name(a.TransferMode), a.PriceGuidance, a.ContactName, a.ContactPhone,
                a.IsPublished, a.Version, access.MayManageAchievement(a))
            {
                Form = access.MayManageAchievement(a) ? new AchievementForm
                {
                    Title = a.Title,
                    Abstract = a.Abstract,
                    OwnerName = a.OwnerName,
                    OwnerKind = a.OwnerKind,
                    DistrictCode = a.DistrictCode,
                    Field = a.Field,
                    Keywords = a.Keywords,
                    Maturity = a.Maturity,
                    PatentNumbers = a.PatentNumbers,
                    TransferMode = a.TransferMode,
                    PriceGuidance = a.PriceGuidance,
                    ContactName = a.ContactName,
                    ContactPhone = a.ContactPhone,
                    Version = a.Version,
                } : null,
            };
        }
    }
}
