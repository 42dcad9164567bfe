using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Organisation.Contracts;

namespace Kechuang.Web.Modules.GridService.Features.Assignment;

/// <summary>
/// 企业分配到网格: staff put firms into a grid, by a list of credit codes (pasted from Excel) or by district (optionally
/// only the firms that have no grid yet). A firm must be in the grid's district. Preview first; then all or nothing,
/// each firm's move audited with the firm.
/// </summary>
public static class AssignFirms
{
    public sealed record Command(Guid GridId, string? CreditCodes, string? DistrictCode, bool OnlyUnassigned, bool Preview);

    public sealed record Move(Guid EnterpriseId, string Name, string CreditCode, string? FromGrid, string ToGrid);

    public sealed record Result(IReadOnlyList<Move> Moves, int Unchanged, IReadOnlyList<string> UnknownCodes, bool Applied);

    public sealed class Handler(AppDbContext db, CurrentUser user, EnterpriseRegistry registry, OrganisationDirectory organisation)
    {
        public async Task<Result> Handle(Command command, CancellationToken ct)
        {
            user.Demand(Permissions.GridManage);
            var grids = await organisation.GridsAsync(ct);
            var target = grids.FirstOrDefault(g => g.Id == command.GridId) ?? throw new FieldValidationException("gridId", "网格不存在");
            var codes = (command.CreditCodes ?? "").Split(['\n', '\r', ',', '，', ';', '；', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(c => c.ToUpperInvariant()).Distinct().ToList();
            if (codes.Count == 0 && string.IsNullOrWhiteSpace(command.DistrictCode))
            {
                throw new FieldValidationException("creditCodes", "请粘贴统一社会信用代码，或选择区县");
            }

            if (codes.Count > 2000)
            {
                throw new FieldValidationException("creditCodes", "一次最多分配 2000 家企业");
            }

            var firms = await registry.PlacementsAsync(codes, codes.Count > 0 ? null : command.DistrictCode, ct);
            var unknown = codes.Except(firms.Select(f => f.CreditCode), StringComparer.OrdinalIgnoreCase).ToList();
            var elsewhere = firms.Where(f => f.DistrictCode != target.DistrictCode).ToList();
            if (elsewhere.Count > 0)
            {
                throw new DomainRuleException($"{elsewhere.Count} 家企业不在{target.Name}所在区县，不能分入该网格：" +
                    string.Join("、", elsewhere.Take(5).Select(f => f.Name)) + (elsewhere.Count > 5 ? " 等" : ""));
            }

            var names = grids.ToDictionary(g => g.Id, g => g.Name);
            var moving = firms.Where(f => f.GridId != target.Id && (!command.OnlyUnassigned || f.GridId is null)).ToList();
            var moves = moving.Select(f => new Move(f.Id, f.Name, f.CreditCode, f.GridId is { } from ? names.GetValueOrDefault(from) : null, target.Name)).ToList();
            if (command.Preview || moves.Count == 0)
            {
                return new Result(moves, firms.Count - moves.Count, unknown, false);
            }

            await registry.MoveToGridAsync(moving.Select(f => f.Id).ToList(), target.Id, ct);
            await db.SaveChangesAsync(ct);
            return new Result(moves, firms.Count - moves.Count, unknown, true);
        }
    }
}
