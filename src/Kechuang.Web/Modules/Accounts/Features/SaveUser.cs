using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Accounts.Domain;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Organisation.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Accounts.Features;

/// <summary>An administrator creates or edits an account: its roles, status and what it is attached to (科室, unit, enterprise, grids).</summary>
public static class SaveUser
{
    public sealed class Form
    {
        [Display(Name = "用户名")]
        [Required(ErrorMessage = "请填写{0}")]
        [RegularExpression(@"^[A-Za-z0-9_.\-@]{3,50}$", ErrorMessage = "{0}为 3 到 50 位字母、数字或 _ . - @")]
        public string UserName { get; set; } = "";

        [Display(Name = "姓名")]
        [Required(ErrorMessage = "请填写{0}")]
        [StringLength(50, ErrorMessage = "{0}不能超过 {1} 个字符")]
        public string DisplayName { get; set; } = "";

        [Display(Name = "邮箱")]
        [EmailAddress(ErrorMessage = "邮箱格式不正确")]
        public string? Email { get; set; }

        [Display(Name = "手机")]
        [RegularExpression(@"^[0-9+\-() ]{5,30}$", ErrorMessage = "{0}格式不正确")]
        public string? Phone { get; set; }

        /// <summary>Required when creating; ignored when editing (use reset password).</summary>
        [Display(Name = "初始密码")]
        public string? Password { get; set; }

        [MinLength(1, ErrorMessage = "请至少选择一个角色")]
        public List<string> Roles { get; set; } = [];

        public AccountStatus Status { get; set; } = AccountStatus.Active;

        public Guid? DepartmentId { get; set; }

        public Guid? UnitId { get; set; }

        [Display(Name = "所属企业统一社会信用代码")]
        public string? EnterpriseCreditCode { get; set; }

        public List<Guid> GridIds { get; set; } = [];
    }

    public sealed class Handler(AppDbContext db, UserManager<AppUser> users, CurrentUser current, EnterpriseRegistry registry, GridAssignments grids, TimeProvider clock)
    {
        public async Task<Guid> Handle(Guid? id, Form form, CancellationToken ct)
        {
            current.Demand(Permissions.UsersManage);

            var unknown = form.Roles.Except(Domain.Roles.All.Select(r => r.Name)).ToList();
            if (unknown.Count > 0)
            {
                throw new FieldValidationException("roles", $"未知角色：{string.Join("、", unknown)}");
            }

            Guid? enterpriseId = null;
            if (form.Roles.Contains(Domain.Roles.Enterprise))
            {
                var enterprise = string.IsNullOrWhiteSpace(form.EnterpriseCreditCode) ? null : await registry.FindByCreditCodeAsync(form.EnterpriseCreditCode, ct);
                enterpriseId = enterprise?.Id ?? throw new FieldValidationException("enterpriseCreditCode", "企业用户须关联一家已登记的企业：请填写其统一社会信用代码");
            }

            if (form.Roles.Contains(Domain.Roles.Staff) && form.DepartmentId is null)
            {
                throw new FieldValidationException("departmentId", "科技局工作人员须选择所属科室");
            }

            if (id is { } self && self == current.Id && (form.Status != AccountStatus.Active || !form.Roles.Contains(Domain.Roles.Admin)))
            {
                throw new DomainRuleException("不能停用自己的账号或取消自己的管理员角色");
            }

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            AppUser user;
            if (id is { } existingId)
            {
                user = await users.FindByIdAsync(existingId.ToString()) ?? throw new FieldValidationException("id", "用户不存在");
            }
            else
            {
                if (string.IsNullOrEmpty(form.Password))
                {
                    throw new FieldValidationException("password", "请设置初始密码");
                }

                user = new AppUser { CreatedAt = clock.GetUtcNow() };
            }

            user.UserName = form.UserName.Trim();
            user.DisplayName = form.DisplayName.Trim();
            user.Email = string.IsNullOrWhiteSpace(form.Email) ? null : form.Email.Trim();
            user.PhoneNumber = string.IsNullOrWhiteSpace(form.Phone) ? null : form.Phone.Trim();
            user.Status = form.Status;
            user.DepartmentId = form.Roles.Contains(Domain.Roles.Staff) ? form.DepartmentId : null;
            user.UnitId = form.UnitId;
            user.EnterpriseId = enterpriseId;

            var result = id is null ? await users.CreateAsync(user, form.Password!) : await users.UpdateAsync(user);
            Check(result);
            var had = await users.GetRolesAsync(user);
            Check(await users.RemoveFromRolesAsync(user, had.Except(form.Roles)));
            Check(await users.AddToRolesAsync(user, form.Roles.Except(had)));
            await grids.SetOfficerGridsAsync(user.Id, form.Roles.Contains(Domain.Roles.GridOfficer) ? form.GridIds : [], ct);
            if (had.Count > 0 && !had.ToHashSet().SetEquals(form.Roles))
            {
                // Roles changed: signed-in sessions must pick up the new permissions.
                await users.UpdateSecurityStampAsync(user);
            }

            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return user.Id;
        }

        private static void Check(IdentityResult result)
        {
            if (!result.Succeeded)
            {
                throw new FieldValidationException(result.FieldErrors());
            }
        }
    }
}
