using System.ComponentModel.DataAnnotations;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Infrastructure.Identifiers;
using Kechuang.Web.Modules.Accounts.Domain;
using Kechuang.Web.Modules.Organisation.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Accounts.Features;

/// <summary>A firm asks for an account with its 统一社会信用代码; the account stays inactive until staff approve.</summary>
public static class RegisterEnterprise
{
    public sealed class Form
    {
        [Display(Name = "企业名称")]
        [Required(ErrorMessage = "请填写{0}")]
        [StringLength(100, MinimumLength = 2, ErrorMessage = "{0}长度应为 {2} 到 {1} 个字符")]
        public string EnterpriseName { get; set; } = "";

        [Display(Name = "统一社会信用代码")]
        [CreditCode]
        public string CreditCode { get; set; } = "";

        [Display(Name = "所在区县")]
        [Required(ErrorMessage = "请选择{0}")]
        public string DistrictCode { get; set; } = "";

        [Display(Name = "联系人")]
        [Required(ErrorMessage = "请填写{0}")]
        [StringLength(50, ErrorMessage = "{0}不能超过 {1} 个字符")]
        public string ContactPerson { get; set; } = "";

        [Display(Name = "联系电话")]
        [Required(ErrorMessage = "请填写{0}")]
        [RegularExpression(@"^[0-9+\-() ]{5,30}$", ErrorMessage = "{0}只能包含数字、空格和 + - ( )，长度 5 到 30 位")]
        public string ContactPhone { get; set; } = "";

        [Display(Name = "登录用户名")]
        [Required(ErrorMessage = "请填写{0}")]
        [RegularExpression(@"^[A-Za-z0-9_.\-@]{4,50}$", ErrorMessage = "{0}为 4 到 50 位字母、数字或 _ . - @")]
        public string UserName { get; set; } = "";

        [Display(Name = "密码")]
        [Required(ErrorMessage = "请填写{0}")]
        public string Password { get; set; } = "";

        [Display(Name = "确认密码")]
        [Compare(nameof(Password), ErrorMessage = "两次输入的密码不一致")]
        public string ConfirmPassword { get; set; } = "";
    }

    public sealed class Handler(AppDbContext db, UserManager<AppUser> users, OrganisationDirectory organisation, TimeProvider clock)
    {
        public async Task<Guid> Handle(Form form, CancellationToken ct)
        {
            var code = CreditCode.Normalise(form.CreditCode);
            if ((await organisation.DistrictsAsync(ct)).All(d => d.Code != form.DistrictCode))
            {
                throw new FieldValidationException("districtCode", "请选择本市的区县");
            }

            if (await db.EnterpriseRegistrations.AnyAsync(r => r.CreditCode == code && r.Status == RegistrationStatus.Pending, ct))
            {
                throw new FieldValidationException("creditCode", "该统一社会信用代码已有待审核的注册申请，请耐心等待或联系科技局");
            }

            var now = clock.GetUtcNow();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var user = new AppUser
            {
                UserName = form.UserName.Trim(),
                DisplayName = form.ContactPerson.Trim(),
                PhoneNumber = form.ContactPhone.Trim(),
                Status = AccountStatus.PendingApproval,
                CreatedAt = now,
            };
            var created = await users.CreateAsync(user, form.Password);
            if (!created.Succeeded)
            {
                throw new FieldValidationException(created.FieldErrors());
            }

            await users.AddToRoleAsync(user, Roles.Enterprise);
            var registration = new EnterpriseRegistration
            {
                UserId = user.Id,
                EnterpriseName = form.EnterpriseName.Trim(),
                CreditCode = code,
                DistrictCode = form.DistrictCode,
                ContactPerson = form.ContactPerson.Trim(),
                ContactPhone = form.ContactPhone.Trim(),
                SubmittedAt = now,
            };
            db.EnterpriseRegistrations.Add(registration);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return registration.Id;
        }
    }
}
