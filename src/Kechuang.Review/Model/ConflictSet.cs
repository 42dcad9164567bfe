namespace Kechuang.Review.Model;

/// <summary>回避: pairs that may not be assigned. Same unit as the applicant is always a conflict and needs no entry;
/// declared conflicts (kinship, co-authorship, self-declared) are per application; employment with a unit in the last
/// three years is given as (expert, unit) and excludes every application of that unit.</summary>
public sealed class ConflictSet
{
    private readonly Dictionary<(string Expert, string Application), string> declared = [];
    private readonly Dictionary<(string Expert, string Unit), string> employment = [];

    public int DeclaredCount => declared.Count;

    public int EmploymentCount => employment.Count;

    public ConflictSet Declare(string expertId, string applicationId, string reason = "申报回避")
    {
        declared[(expertId, applicationId)] = reason;
        return this;
    }

    public ConflictSet AddEmployment(string expertId, string unitId, string reason = "近三年曾在申报单位任职")
    {
        employment[(expertId, unitId)] = reason;
        return this;
    }

    internal IEnumerable<(string Expert, string Application)> Declared => declared.Keys;

    internal IEnumerable<(string Expert, string Unit)> Employment => employment.Keys;

    /// <summary>Why the expert may not review the application, or null when they may.</summary>
    public string? Reason(Expert expert, Application application)
    {
        if (expert.UnitId == application.ApplicantUnitId)
        {
            return "与申报单位同单位";
        }

        if (employment.TryGetValue((expert.Id, application.ApplicantUnitId), out var employed))
        {
            return employed;
        }

        return declared.GetValueOrDefault((expert.Id, application.Id));
    }
}
