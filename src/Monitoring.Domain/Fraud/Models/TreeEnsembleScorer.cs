namespace Monitoring.Domain.Fraud.Models;

/// <summary>
/// Scores with a <see cref="TreeEnsemble"/> flattened into arrays: one pass down each tree, no
/// allocation, safe to share between threads. A feature's contribution is how much the probability
/// falls when that feature alone takes the reference (typical legitimate) value.
/// </summary>
public sealed class TreeEnsembleScorer : IFraudScorer
{
    private readonly int[] _roots;
    private readonly int[] _leafBase;
    private readonly int[] _features;
    private readonly float[] _thresholds;
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly double[] _leaves;
    private readonly double[] _reference;
    private readonly double _bias;
    private readonly double _slope;
    private readonly double _offset;

    public TreeEnsembleScorer(string version, TreeEnsemble model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Version = version;
        TreeEnsembleCheck.ThrowIfInvalid(model);
        var trees = model.Trees;
        _roots = new int[trees.Length];
        _leafBase = new int[trees.Length];
        var nodeCount = trees.Sum(t => t.Nodes.Length);
        _features = new int[nodeCount];
        _thresholds = new float[nodeCount];
        _left = new int[nodeCount];
        _right = new int[nodeCount];
        _leaves = new double[trees.Sum(t => t.Leaves.Length)];
        int node = 0, leaf = 0;
        for (var t = 0; t < trees.Length; t++)
        {
            _roots[t] = trees[t].Nodes.IsEmpty ? -1 : node;
            _leafBase[t] = leaf;
            foreach (var n in trees[t].Nodes)
            {
                _features[node] = n.Feature;
                _thresholds[node] = n.Threshold;
                _left[node] = n.Left < 0 ? n.Left : n.Left + _roots[t];
                _right[node] = n.Right < 0 ? n.Right : n.Right + _roots[t];
                node++;
            }

            trees[t].Leaves.CopyTo(_leaves, leaf);
            leaf += trees[t].Leaves.Length;
        }

        _reference = [.. model.Reference];
        _bias = model.Bias;
        _slope = model.Slope;
        _offset = model.Offset;
    }

    public string Version { get; }

    public double Score(in FraudFeatures features) => Calibrate(Raw(features));

    public int Explain(in FraudFeatures features, Span<FeatureContribution> top)
    {
        var score = Score(features);
        var written = 0;
        var probe = features;
        for (var f = 0; f < FraudFeatureNames.Count; f++)
        {
            var kept = probe[f];
            probe[f] = _reference[f];
            var weight = score - Calibrate(Raw(probe));
            probe[f] = kept;
            if (weight > 0)
            {
                written = TopContributions.Insert(top, written, new FeatureContribution((FraudFeature)f, weight));
            }
        }

        return written;
    }

    private double Raw(in FraudFeatures features)
    {
        var sum = _bias;
        for (var t = 0; t < _roots.Length; t++)
        {
            var node = _roots[t];
            if (node < 0)
            {
                sum += _leaves[_leafBase[t]];
                continue;
            }

            while (node >= 0)
            {
                node = (float)features[_features[node]] <= _thresholds[node] ? _left[node] : _right[node];
            }

            sum += _leaves[_leafBase[t] + ~node];
        }

        return sum;
    }

    private double Calibrate(double raw) => 1.0 / (1.0 + Math.Exp((_slope * raw) + _offset));
}
