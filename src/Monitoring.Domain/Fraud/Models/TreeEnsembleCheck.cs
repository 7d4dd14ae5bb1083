namespace Monitoring.Domain.Fraud.Models;

/// <summary>
/// Refuses an ensemble that could not be scored safely: a split on an unknown feature, a child out
/// of range, a node reached twice (a loop), a non-finite number.
/// </summary>
internal static class TreeEnsembleCheck
{
    public static void ThrowIfInvalid(TreeEnsemble model)
    {
        if (model.Reference.Length != FraudFeatureNames.Count || model.Reference.Any(v => !double.IsFinite(v)))
        {
            throw new FormatException($"the reference vector must hold {FraudFeatureNames.Count} finite values");
        }

        if (!double.IsFinite(model.Bias) || !double.IsFinite(model.Slope) || !double.IsFinite(model.Offset))
        {
            throw new FormatException("bias and calibration must be finite");
        }

        for (var t = 0; t < model.Trees.Length; t++)
        {
            Check(model.Trees[t], t);
        }
    }

    private static void Check(RegressionTree tree, int index)
    {
        var nodes = tree.Nodes;
        if (tree.Leaves.Length != nodes.Length + 1 || tree.Leaves.Any(v => !double.IsFinite(v)))
        {
            throw new FormatException($"tree {index}: a tree of {nodes.Length} splits holds {nodes.Length + 1} finite leaves");
        }

        var reached = new bool[nodes.Length + tree.Leaves.Length];
        foreach (var node in nodes)
        {
            if (node.Feature is < 0 or >= FraudFeatureNames.Count || float.IsNaN(node.Threshold))
            {
                throw new FormatException($"tree {index}: a split on feature {node.Feature}");
            }

            Reach(node.Left, nodes.Length, tree.Leaves.Length, reached, index);
            Reach(node.Right, nodes.Length, tree.Leaves.Length, reached, index);
        }
    }

    // Every child is named once and the root never: with n splits and n + 1 leaves that is a tree.
    private static void Reach(int child, int nodes, int leaves, bool[] reached, int index)
    {
        var slot = child < 0 ? nodes + ~child : child;
        var valid = child < 0 ? ~child < leaves : child is > 0 && child < nodes;
        if (!valid || reached[slot])
        {
            throw new FormatException($"tree {index}: child {child} is out of range or reached twice");
        }

        reached[slot] = true;
    }
}
