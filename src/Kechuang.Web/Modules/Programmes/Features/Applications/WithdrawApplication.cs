using Kechuang.Web.Infrastructure.Data;

namespace Kechuang.Web.Modules.Programmes.Features.Applications;

/// <summary>撤回: the applicant takes the application back any time before it joins a review batch.</summary>
public static class WithdrawApplication
{
    public sealed class Handler(AppDbContext db, ApplicationAccess access)
    {
        public async Task<bool> Handle(Guid id, CancellationToken ct)
        {
            var application = await access.FindOwnAsync(id, ct);
            if (application is null)
            {
                return false;
            }

            application.Withdraw();
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
