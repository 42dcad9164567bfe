using Kechuang.Review.Model;

namespace Kechuang.Review.Solving;

/// <summary>The application side of the flow. Without a required kind there is one layer: each application supplies k
/// units of flow. With "at least one expert of kind X" there are two: a general layer supplying k − 1 (any kind) and a
/// reserved layer supplying 1 that reaches only kind-X experts. A slot is (layer, application), numbered layer × A + a.</summary>
internal sealed class Slots
{
    public Slots(ReviewProblem problem, AssignmentRequest request)
    {
        Problem = problem;
        K = request.ExpertsPerApplication;
        if (K < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(request), "每份申报书至少需要 1 名专家");
        }

        RequiredKind = problem.KindOf(request.RequiredKind);
        RequiredKindName = request.RequiredKind;
        Layers = request.RequiredKind is null ? 1 : 2;
        Candidates = request.Candidates;
    }

    public ReviewProblem Problem { get; }

    public int K { get; }

    public int Layers { get; }

    /// <summary>Kind index of the reserved layer; −1 without one, −2 when no expert has that kind.</summary>
    public int RequiredKind { get; }

    public string? RequiredKindName { get; }

    public int Candidates { get; }

    public int Count => Layers * Problem.ApplicationCount;

    public int Layer(int slot) => slot / Problem.ApplicationCount;

    public int Application(int slot) => slot % Problem.ApplicationCount;

    public int Supply(int layer) => Layers == 1 ? K : layer == 0 ? K - 1 : 1;

    /// <summary>May this expert fill a slot of this layer for this application (回避, load and kind; not the unit rule)?</summary>
    public bool Usable(int layer, int application, int expert) =>
        Problem.Pair(application, expert) >= 0 && Problem.MaxLoad[expert] > 0 && (layer == 0 || Problem.ExpertKind[expert] == RequiredKind);
}
