using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Organisation.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Organisation.Features;

/// <summary>Administrators add and rename 科室, units and grids (districts come from GB/T 2260 and are seeded).</summary>
public static class SaveOrganisationItems
{
    public sealed class DepartmentForm
    {
        [Display(Name = "科室名称")]
        [Required(ErrorMessage = "请填写{0}")]
        [StringLength(50, ErrorMessage = "{0}不能超过 {1} 个字符")]
        public string Name { get; set; } = "";

        [Display(Name = "职责")]
        [StringLength(500, ErrorMessage = "{0}不能超过 {1} 个字符")]
        public string? Duties { get; set; }
    }

    public sealed class UnitForm
    {
        [Display(Name = "单位名称")]
        [Required(ErrorMessage = "请填写{0}")]
        [StringLength(100, ErrorMessage = "{0}不能超过 {1} 个字符")]
        public string Name { get; set; } = "";

        public UnitKind Kind { get; set; } = UnitKind.Other;

        [Display(Name = "所在区县")]
        public string? DistrictCode { get; set; }
    }

    public sealed class GridForm
    {
        [Display(Name = "网格编号")]
        [Required(ErrorMessage = "请填写{0}")]
        [RegularExpression(@"^\d{6}-\d{2}$", ErrorMessage = "{0}格式为“区县代码-两位序号”，如 640104-06")]
        public string Code { get; set; } = "";

        [Display(Name = "网格名称")]
        [Required(ErrorMessage = "请填写{0}")]
        [StringLength(50, ErrorMessage = "{0}不能超过 {1} 个字符")]
        public string Name { get; set; } = "";
    }

    public sealed class Handler(AppDbContext db, CurrentUser user, Contracts.OrganisationDirectory directory)
    {
        public async Task<Guid> SaveDepartmentAsync(Guid? id, DepartmentForm form, CancellationToken ct)
        {
            user.Demand(Permissions.OrganisationManage);
            var name = form.Name.Trim();
            if (await db.Departments.AnyAsync(d => d.Name == name && d.Id != id, ct))
            {
                throw new FieldValidationException("name", $"科室“{name}”已存在");
            }

            var department = id is { } existing
                ? await db.Departments.FirstOrDefaultAsync(d => d.Id == existing, ct) ?? throw new DomainRuleException("科室不存在")
                : db.Departments.Add(new Department { Name = name, SortOrder = await db.Departments.CountAsync(ct) }).Entity;
            department.Name = name;
            department.Duties = form.Duties?.Trim() ?? "";
            await db.SaveChangesAsync(ct);
            return department.Id;
        }

        public async Task<Guid> SaveUnitAsync(Guid? id, UnitForm form, CancellationToken ct)
        {
            user.Demand(Permissions.OrganisationManage);
            var unit = id is { } existing
                ? await db.Units.FirstOrDefaultAsync(u => u.Id == existing, ct) ?? throw new DomainRuleException("单位不存在")
                : db.Units.Add(new Unit { Name = form.Name.Trim() }).Entity;
            unit.Name = form.Name.Trim();
            unit.Kind = form.Kind;
            unit.DistrictCode = string.IsNullOrWhiteSpace(form.DistrictCode) ? null : form.DistrictCode;
            await db.SaveChangesAsync(ct);
            return unit.Id;
        }

        public async Task<Guid> AddGridAsync(GridForm form, CancellationToken ct)
        {
            user.Demand(Permissions.OrganisationManage);
            var code = form.Code.Trim();
            var district = code[..6];
            if (!await db.Districts.AnyAsync(d => d.Code == district && d.ParentCode != null, ct))
            {
                throw new FieldValidationException("code", $"网格编号的前 6 位 {district} 不是本市的区县代码");
            }

            if (await db.Grids.AnyAsync(g => g.Code == code, ct))
            {
                throw new FieldValidationException("code", $"网格编号 {code} 已存在");
            }

            var grid = db.Grids.Add(new Grid { Code = code, Name = form.Name.Trim(), DistrictCode = district }).Entity;
            await db.SaveChangesAsync(ct);
            directory.Forget();
            return grid.Id;
        }
    }
}
