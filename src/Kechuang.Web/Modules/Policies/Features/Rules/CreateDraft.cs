using System.Globalization;
using System.Text.RegularExpressions;
using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Policies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Policies.Features.Rules;

/// <summary>
/// Starts a new draft from an existing version: the text is copied with a new version label and an effective date of
/// tomorrow, so it validates at once and can be tried (what-if) before anything else is changed.
/// </summary>
public static partial class CreateDraft
{
    public sealed record Command(Guid BasedOnId);

    public sealed class Handler(AppDbContext db, CurrentUser user, TimeProvider clock, Contracts.RuleBook book)
    {
        public async Task<Guid?> Handle(Command command, CancellationToken ct)
        {
            user.Demand(Permissions.PoliciesManage);
            var source = await db.RuleSetVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == command.BasedOnId, ct);
            if (source is null)
            {
                return null;
            }

            var labels = await db.RuleSetVersions.Where(v => v.RuleSetId == source.RuleSetId).Select(v => v.VersionLabel).ToListAsync(ct);
            var label = NextLabel(book.Today, labels);
            var from = book.Today.AddDays(1);
            var yaml = VersionLine().Replace(source.Yaml, $"version: \"{label}\"", 1);
            yaml = FromLine().Replace(yaml, m => $"{m.Groups[1].Value}from: {from:yyyy-MM-dd}", 1);
            var rules = RuleText.Parse(source.RuleSetId, yaml);
            var draft = new RuleSetVersion
            {
                RuleSetId = source.RuleSetId,
                VersionLabel = label,
                Name = rules.Name,
                Citation = rules.Citation,
                EffectiveFrom = rules.EffectiveFrom,
                EffectiveTo = rules.EffectiveTo,
                Yaml = yaml,
                Status = RuleSetStatus.Draft,
                BasedOnId = source.Id,
                CreatedAt = clock.GetUtcNow(),
                CreatedBy = user.Name,
            };
            db.RuleSetVersions.Add(draft);
            await db.SaveChangesAsync(ct);
            return draft.Id;
        }

        private static string NextLabel(DateOnly today, List<string> taken)
        {
            for (var n = 1; ; n++)
            {
                var label = string.Create(CultureInfo.InvariantCulture, $"{today:yyyy}.{n}-draft");
                if (!taken.Contains(label))
                {
                    return label;
                }
            }
        }
    }

    [GeneratedRegex(@"^version:.*$", RegexOptions.Multiline)]
    private static partial Regex VersionLine();

    // The first "from:" under "effective:" (the rule set's own start, not a parameter value's).
    [GeneratedRegex(@"(^effective:\s*\n(?:\s*#.*\n)*\s+)from:\s*\S+", RegexOptions.Multiline)]
    private static partial Regex FromLine();
}
