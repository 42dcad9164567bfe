using Kechuang.Web.Infrastructure;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.TechContracts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kechuang.Web.Modules.TechContracts.Features;

/// <summary>Submits a draft for 认定登记 once the contract text is attached; the decision is due 15 working days later,
/// 30 when 成交额 reaches the expert-review threshold (500万元).</summary>
public static class SubmitTechContract
{
    public sealed record Result(DateOnly DueOn, bool ExpertReview, int WorkingDays);

    public sealed class Handler(AppDbContext db, TechContractAccess access, IOptions<TechContractOptions> options, TimeProvider clock)
    {
        public async Task<Result?> Handle(Guid id, long? version, CancellationToken ct)
        {
            var contract = await access.FindOwnAsync(id, ct);
            if (contract is null)
            {
                return null;
            }

            if (version is { } v)
            {
                db.Entry(contract).Property(c => c.Version).OriginalValue = v;
            }

            if (!await db.TechContractAttachments.AnyAsync(a => a.ContractId == id && a.Kind == AttachmentKind.ContractText, ct))
            {
                throw new DomainRuleException("请先上传合同文本（PDF 或扫描件）再提交");
            }

            var o = options.Value;
            contract.Submit(clock.GetUtcNow(), BeijingTime.Today(clock), o);
            await db.SaveChangesAsync(ct);
            return new Result(contract.DueOn!.Value, contract.ExpertReview, contract.ExpertReview ? o.ExpertReviewWorkingDays : o.DecisionWorkingDays);
        }
    }
}
