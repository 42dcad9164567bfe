using Kechuang.Web.Infrastructure.Auth;
using Kechuang.Web.Infrastructure.Errors;
using Kechuang.Web.Modules.Accounts.Contracts;
using Kechuang.Web.Modules.Enterprises.Contracts;
using Kechuang.Web.Modules.Market.Domain;
using Kechuang.Web.Modules.Organisation.Contracts;

namespace Kechuang.Web.Modules.Market;

/// <summary>
/// For whom the current user registers or bids: their firm (enterprise users) or their unit (university, institute,
/// service body, bank users). Registrations and bids belong to the firm or unit, so a colleague sees and edits the same one.
/// </summary>
public sealed class EventParticipants(CurrentUser user, EnterpriseRegistry firms, UserDirectory users, OrganisationDirectory organisation)
{
    public async Task<Participant?> CurrentAsync(CancellationToken ct)
    {
        if (user.EnterpriseId is { } firmId)
        {
            var firm = (await firms.FindByIdsAsync([firmId], ct)).FirstOrDefault();
            return firm is null ? null : new Participant(ParticipantKind.Enterprise, firm.Id, firm.Name);
        }

        if (user.Id is { } userId && await users.UnitOfAsync(userId, ct) is { } unitId && await organisation.UnitNameAsync(unitId, ct) is { } name)
        {
            return new Participant(ParticipantKind.Unit, unitId, name);
        }

        return null;
    }

    /// <summary>The participant, or a 422 saying only firm and unit users take part.</summary>
    public async Task<Participant> RequireAsync(string what, CancellationToken ct) =>
        await CurrentAsync(ct) ?? throw new DomainRuleException($"只有企业用户或高校、院所、服务机构、金融机构等单位的用户可以{what}");
}
