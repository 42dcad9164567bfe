using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Infrastructure.Identifiers;
using Kechuang.Web.Modules.Enterprises.Domain;
using Kechuang.Web.Modules.Organisation.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Enterprises;

/// <summary>The checks an enterprise needs against the database (the form checks what it can on its own).</summary>
public sealed class EnterpriseChecks(AppDbContext db, OrganisationDirectory organisation)
{
    /// <summary>Throws a field error when the district or grid does not exist, or the grid lies in another district.</summary>
    public async Task CheckReferencesAsync(EnterpriseForm form, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var districts = await organisation.DistrictsAsync(ct);
        if (districts.All(d => d.Code != form.DistrictCode))
        {
            errors["districtCode"] = [$"区县代码 {form.DistrictCode} 不在本市管辖范围内"];
        }

        if (form.GridId is { } gridId)
        {
            var grid = (await organisation.GridsAsync(ct)).FirstOrDefault(g => g.Id == gridId);
            if (grid is null)
            {
                errors["gridId"] = ["所选网格不存在"];
            }
            else if (grid.DistrictCode != form.DistrictCode)
            {
                errors["gridId"] = [$"网格“{grid.Name}”不属于所选区县"];
            }
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }
    }

    /// <summary>A credit code belongs to one live enterprise. Checked across the whole registry, not the user's scope.</summary>
    public async Task EnsureCreditCodeFreeAsync(string creditCode, Guid? exceptId, CancellationToken ct)
    {
        var code = CreditCode.Normalise(creditCode);
        var holder = await db.Enterprises.AsNoTracking()
            .Where(e => e.CreditCode == code && e.Id != exceptId)
            .Select(e => e.Name).FirstOrDefaultAsync(ct);
        if (holder is not null)
        {
            throw new FieldValidationException("creditCode", $"统一社会信用代码 {code} 已被“{holder}”登记，不能重复");
        }
    }
}
