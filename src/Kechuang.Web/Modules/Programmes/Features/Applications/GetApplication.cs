using System.Text.Json;
using Kechuang.Web.Infrastructure.Data;
using Kechuang.Web.Modules.Programmes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Modules.Programmes.Features.Applications;

/// <summary>An application as its reader may see it: the applicant and staff see everything incl. revisions and the
/// panel's result; an expert on the panel sees the content only (no other expert's score, no applicant history).</summary>
public static class GetApplication
{
    public sealed record Answer(string Section, string Key, string Label, FieldKind Kind, bool Required, string? Value);

    public sealed record Attachment(Guid Id, string RequirementKey, string RequirementName, string FileName, long Size, DateTimeOffset UploadedAt);

    public sealed record Revision(int Number, DateTimeOffset SubmittedAt, string SubmittedBy, string? Outcome);

    public sealed record Details(
        Guid Id, Guid CallId, string CallTitle, Guid EnterpriseId, string ApplicantName, string ApplicantCreditCode, string Title, string Field,
        string Keywords, string Summary, decimal RequestedAmount, decimal MaxGrant, ApplicationStatus Status, string StatusName, bool Editable,
        int RevisionNumber, DateTimeOffset? SubmittedAt, string? Eligibility, string? ReturnReason, decimal? FinalScore, string? ScoreExplanation,
        int? Rank, IReadOnlyList<Answer> Answers, IReadOnlyList<AttachmentRequirement> Requirements, IReadOnlyList<Attachment> Attachments,
        IReadOnlyList<Revision> Revisions, Dictionary<string, string?> AnswerValues, long Version);

    public sealed class Handler(AppDbContext db, ApplicationAccess access)
    {
        public async Task<Details?> Handle(Guid id, CancellationToken ct)
        {
            var a = await access.FindReadableAsync(id, ct);
            if (a is null)
            {
                return null;
            }

            var call = await db.Calls.AsNoTracking().FirstAsync(c => c.Id == a.CallId, ct);
            var settings = call.Settings;
            var values = JsonSerializer.Deserialize<Dictionary<string, string?>>(a.AnswersJson) ?? [];
            var answers = settings.Form.SelectMany(s => s.Fields.Select(f => new Answer(s.Title, f.Key, f.Label, f.Kind, f.Required, values.GetValueOrDefault(f.Key)))).ToList();
            var files = await db.ApplicationAttachments.AsNoTracking().Where(x => x.ApplicationId == id && x.ReplacedAt == null)
                .Select(x => new { x.Id, x.RequirementKey, x.FileName, x.Size, x.UploadedAt }).ToListAsync(ct);
            var attachments = files.Select(f => new Attachment(f.Id, f.RequirementKey,
                settings.Attachments.FirstOrDefault(r => r.Key == f.RequirementKey)?.Name ?? f.RequirementKey, f.FileName, f.Size, f.UploadedAt)).ToList();
            var full = access.IsStaff || access.IsApplicant(a);
            var revisions = full
                ? await db.ApplicationRevisions.AsNoTracking().Where(r => r.ApplicationId == id).OrderByDescending(r => r.Number)
                    .Select(r => new Revision(r.Number, r.SubmittedAt, r.SubmittedBy, r.Outcome)).ToListAsync(ct)
                : [];
            var showResult = full && a.Status is ApplicationStatus.Reviewed or ApplicationStatus.Approved or ApplicationStatus.NotApproved;
            return new Details(a.Id, a.CallId, call.Title, a.EnterpriseId, a.ApplicantName, a.ApplicantCreditCode, a.Title, a.Field, a.Keywords,
                a.Summary, a.RequestedAmount, call.MaxGrant, a.Status, ApplicationStatuses.Name(a.Status), a.IsEditable && access.IsApplicant(a),
                a.Revision, a.SubmittedAt, full ? a.Eligibility : null, full ? a.ReturnReason : null, showResult ? a.FinalScore : null,
                showResult ? a.ScoreExplanation : null, showResult ? a.Rank : null, answers, settings.Attachments, attachments, revisions, values, a.Version);
        }
    }
}
