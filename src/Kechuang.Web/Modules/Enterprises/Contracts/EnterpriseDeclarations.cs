using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Enterprises.Contracts;

/// <summary>A firm's self-declaration (自评声明) as a form: null = 未声明, which the rules report as missing.</summary>
public sealed class DeclarationForm
{
    public bool? ResidentEnterprise { get; set; }

    public bool? RestrictedIndustry { get; set; }

    public bool? NoMajorViolation { get; set; }

    public bool? ListedAbnormal { get; set; }

    public bool? SoundAccounts { get; set; }

    public bool? HasCoreIp { get; set; }

    public bool? HasRdUnit { get; set; }

    public bool? NationalAward5y { get; set; }

    public bool? ProvincialRdInstitution { get; set; }

    public bool? LedStandard5y { get; set; }

    /// <summary>0 before the first declaration; otherwise the row version read, so a second editor gets 409.</summary>
    public long Version { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>The questions in the order the page asks them, with the property each answers.</summary>
    public static readonly IReadOnlyList<(string Property, string Question)> Questions =
    [
        (nameof(ResidentEnterprise), "在中国境内（不含港、澳、台地区）注册的居民企业"),
        (nameof(RestrictedIndustry), "属于国家禁止、限制和淘汰类行业"),
        (nameof(NoMajorViolation), "近一年内未发生重大安全、重大质量事故或严重环境违法、科研严重失信行为"),
        (nameof(ListedAbnormal), "被列入经营异常名录或严重违法失信企业名单"),
        (nameof(SoundAccounts), "财务核算健全并实行查账征收"),
        (nameof(HasCoreIp), "拥有对主要产品（服务）在技术上发挥核心支持作用的知识产权"),
        (nameof(HasRdUnit), "设有研发机构"),
        (nameof(NationalAward5y), "近五年内获得过国家级科技奖励（前三名完成单位）"),
        (nameof(ProvincialRdInstitution), "拥有经认定的省部级以上研发机构"),
        (nameof(LedStandard5y), "近五年内主导制定过国际标准、国家标准或行业标准"),
    ];
}

/// <summary>Reads and saves a firm's declaration for other modules' pages (the self-check page), within the user's data scope.</summary>
public sealed class EnterpriseDeclarations(AppDbContext db, EnterpriseAccess access, TimeProvider clock)
{
    /// <summary>Null when the firm is not visible to the user.</summary>
    public async Task<DeclarationForm?> GetAsync(Guid enterpriseId, CancellationToken ct = default)
    {
        if (!await (await access.VisibleAsync(ct)).AnyAsync(e => e.Id == enterpriseId, ct))
        {
            return null;
        }

        var d = await db.EnterpriseDeclarations.AsNoTracking().FirstOrDefaultAsync(x => x.EnterpriseId == enterpriseId, ct);
        return d is null ? new DeclarationForm() : ToForm(d);
    }

    /// <summary>Saves the answers; returns the new version, or null when the firm is not visible.</summary>
    public async Task<long?> SaveAsync(Guid enterpriseId, DeclarationForm form, CancellationToken ct = default)
    {
        access.Demand(Permissions.EnterprisesEdit);
        if (!await (await access.VisibleAsync(ct)).AnyAsync(e => e.Id == enterpriseId, ct))
        {
            return null;
        }

        var d = await db.EnterpriseDeclarations.FirstOrDefaultAsync(x => x.EnterpriseId == enterpriseId, ct);
        if (d is null)
        {
            if (form.Version != 0)
            {
                throw new ConflictException("自评声明已被删除或尚未创建，请刷新后重试");
            }

            d = new EnterpriseDeclaration { EnterpriseId = enterpriseId };
            db.EnterpriseDeclarations.Add(d);
        }
        else if (d.Version != form.Version)
        {
            throw new ConflictException("自评声明已被他人修改，请刷新后重试（您的修改未保存）");
        }

        d.ResidentEnterprise = form.ResidentEnterprise;
        d.RestrictedIndustry = form.RestrictedIndustry;
        d.NoMajorViolation = form.NoMajorViolation;
        d.ListedAbnormal = form.ListedAbnormal;
        d.SoundAccounts = form.SoundAccounts;
        d.HasCoreIp = form.HasCoreIp;
        d.HasRdUnit = form.HasRdUnit;
        d.NationalAward5y = form.NationalAward5y;
        d.ProvincialRdInstitution = form.ProvincialRdInstitution;
        d.LedStandard5y = form.LedStandard5y;
        d.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return d.Version;
    }

    private static DeclarationForm ToForm(EnterpriseDeclaration d) => new()
    {
        ResidentEnterprise = d.ResidentEnterprise,
        RestrictedIndustry = d.RestrictedIndustry,
        NoMajorViolation = d.NoMajorViolation,
        ListedAbnormal = d.ListedAbnormal,
        SoundAccounts = d.SoundAccounts,
        HasCoreIp = d.HasCoreIp,
        HasRdUnit = d.HasRdUnit,
        NationalAward5y = d.NationalAward5y,
        ProvincialRdInstitution = d.ProvincialRdInstitution,
        LedStandard5y = d.LedStandard5y,
        Version = d.Version,
        UpdatedAt = d.UpdatedAt,
    };
}
