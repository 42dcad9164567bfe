namespace Kechuang.Review.Model;

/// <summary>An application (申报书) to be reviewed; <paramref name="ApplicantUnitId"/> drives the same-unit 回避 rule.</summary>
public sealed record Application(
    string Id,
    string ApplicantUnitId,
    string Field,
    IReadOnlyList<string> Keywords,
    string Text);
