namespace Kechuang.Review.Model;

public enum AssignmentStatus
{
    /// <summary>Every application is staffed and the total affinity is proven maximal over all pairs.</summary>
    Optimal,

    /// <summary>Every application is staffed, but the pricing loop stopped before a proof; see <see cref="AssignmentResult.Gap"/>.</summary>
    NotProven,

    /// <summary>Some application cannot be staffed; nothing is assigned.</summary>
    Infeasible,
}

public sealed record PanelMember(string ExpertId, int Affinity);

public sealed record Panel(string ApplicationId, IReadOnlyList<PanelMember> Members);

/// <summary>Why an application cannot be staffed (message in Chinese, for the user).</summary>
public sealed record Shortage(string ApplicationId, string Message);

public sealed record AssignmentResult(
    AssignmentStatus Status,
    IReadOnlyList<Panel> Panels,
    long TotalAffinity,
    long Gap,
    IReadOnlyList<Shortage> Shortages,
    SolveStatistics Statistics)
{
    public bool ProvenOptimal => Status == AssignmentStatus.Optimal;
}

/// <summary>How the solve went: flow rounds (each adds the excluded pairs whose reduced cost was negative), arcs of the
/// last flow, pairs priced, and time per phase.</summary>
public sealed record SolveStatistics(
    int Rounds,
    int Arcs,
    long PairsPriced,
    int ArcsAdded,
    TimeSpan Flow,
    TimeSpan Proof,
    TimeSpan Total);
