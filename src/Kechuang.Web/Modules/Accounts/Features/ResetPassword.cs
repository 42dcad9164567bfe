using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;

namespace Kechuang.Web.Modules.Accounts.Features;

/// <summary>An administrator sets a new password for a user and lifts any lockout.</summary>
public static class ResetPassword
{
    public sealed class Handler(UserManager<AppUser> users, CurrentUser current)
    {
        public async Task Handle(Guid userId, string newPassword)
        {
            current.Demand(Permissions.UsersManage);

            var user = await users.FindByIdAsync(userId.ToString()) ?? throw new DomainRuleException("用户不存在");
            foreach (var validator in users.PasswordValidators)
            {
                var check = await validator.ValidateAsync(users, user, newPassword);
                if (!check.Succeeded)
                {
                    throw new FieldValidationException(check.FieldErrors());
                }
            }

            var token = await users.GeneratePasswordResetTokenAsync(user);
            var result = await users.ResetPasswordAsync(user, token, newPassword);
            if (!result.Succeeded)
            {
                throw new FieldValidationException(result.FieldErrors());
            }

            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }
    }
}
