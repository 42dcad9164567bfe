using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Policies.Contracts;
using Kechuang.Web.Modules.Policies.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Policies.Features.Catalogue;

/// <summary>Creates a policy, or updates one with its clauses (added, changed and removed in one save).</summary>
public static class SavePolicy
{
    public sealed record Saved(Guid Id, long Version);

    public sealed class Handler(AppDbContext db, CurrentUser user, RuleBook rules)
    {
        /// <returns>Null when <paramref name="id"/> names no policy.</returns>
        public async Task<Saved?> Handle(Guid? id, PolicyForm form, CancellationToken ct)
        {
            user.Demand(Permissions.PoliciesManage);
            form.Clauses ??= [];
            var published = (await rules.PublishedAsync(ct)).Select(s => s.Rules.Id).ToHashSet(StringComparer.Ordinal);
            var errors = form.Check(published);
            if (errors.Count > 0)
            {
                throw new FieldValidationException(errors);
            }

            Policy policy;
            if (id is null)
            {
                policy = new Policy { Title = "", DocumentNumber = "", Issuer = "" };
                form.ApplyTo(policy);
                policy.Clauses.AddRange(form.Clauses.Select(c => c.ToClause(policy.Id)));
                db.Policies.Add(policy);
            }
            else
            {
                var found = await db.Policies.Include(p => p.Clauses).FirstOrDefaultAsync(p => p.Id == id, ct);
                if (found is null)
                {
                    return null;
                }

                policy = found;
                await ApplyAsync(policy, form, ct);
            }

            await SaveAsync(db, ct);
            return new Saved(policy.Id, policy.Version);
        }

        private async Task ApplyAsync(Policy policy, PolicyForm form, CancellationToken ct)
        {
            // The policy's version is checked and raised on every save, even when only its clauses change.
            var entry = db.Entry(policy);
            entry.Property(p => p.Version).OriginalValue = form.Version;
            entry.Property(p => p.Version).IsModified = true;
            form.ApplyTo(policy);

            var kept = form.Clauses.Where(c => c.Id is not null).Select(c => c.Id!.Value).ToHashSet();
            var removed = policy.Clauses.Where(c => !kept.Contains(c.Id)).ToList();
            if (removed.Count > 0)
            {
                var removedIds = removed.Select(c => c.Id).ToList();
                var fulfilled = await db.Fulfilments.Where(f => removedIds.Contains(f.ClauseId)).Select(f => f.ClauseId).Distinct().ToListAsync(ct);
                if (fulfilled.Count > 0)
                {
                    var names = string.Join("、", removed.Where(c => fulfilled.Contains(c.Id)).Select(c => $"{c.Number} {c.Title}"));
                    throw new DomainRuleException($"条款“{names}”已有兑现记录，不能删除；如已废止，请修改条款说明");
                }

                foreach (var clause in removed)
                {
                    policy.Clauses.Remove(clause);
                    db.PolicyClauses.Remove(clause);
                }
            }

            foreach (var clauseForm in form.Clauses)
            {
                if (clauseForm.Id is not { } clauseId)
                {
                    policy.Clauses.Add(clauseForm.ToClause(policy.Id));
                    continue;
                }

                var clause = policy.Clauses.FirstOrDefault(c => c.Id == clauseId)
                    ?? throw new ConflictException($"条款“{clauseForm.Number}”已不存在（可能已被他人删除），您的更改未保存。请刷新后重新编辑。");
                db.Entry(clause).Property(c => c.Version).OriginalValue = clauseForm.Version;
                clauseForm.ApplyTo(clause);
            }
        }
    }

    /// <summary>Saves, turning "someone else saved first" into a clear conflict.</summary>
    public static async Task SaveAsync(AppDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(ProblemExceptionHandler.ConcurrencyMessage);
        }
    }
}
