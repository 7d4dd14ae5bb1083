using System.Collections.Immutable;
using System.Text;

namespace Monitoring.Domain.Fraud.Models;

/// <summary>
/// The stored form of a <see cref="TreeEnsemble"/>: a little-endian binary blob that starts with a
/// magic and a format number and names its features, so a model trained on another feature list is
/// refused rather than misread. <see cref="Read"/> throws <see cref="FormatException"/> on any damage.
/// </summary>
public static class TreeEnsembleCodec
{
    private const uint Magic = 0x4D465445; // "MFTE"
    private const int Format = 1;
    private const int MaxTrees = 10_000;
    private const int MaxNodesPerTree = 1 << 16;

    public static byte[] Write(TreeEnsemble model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Format);
            writer.Write(FraudFeatureNames.Count);
            foreach (var name in FraudFeatureNames.All)
            {
                writer.Write(name);
            }

            writer.Write(model.Bias);
            writer.Write(model.Slope);
            writer.Write(model.Offset);
            foreach (var value in model.Reference)
            {
                writer.Write(value);
            }

            writer.Write(model.Trees.Length);
            foreach (var tree in model.Trees)
            {
                writer.Write(tree.Nodes.Length);
                foreach (var node in tree.Nodes)
                {
                    writer.Write(node.Feature);
                    writer.Write(node.Threshold);
                    writer.Write(node.Left);
                    writer.Write(node.Right);
                }

                foreach (var leaf in tree.Leaves)
                {
                    writer.Write(leaf);
                }
            }
        }

        return buffer.ToArray();
    }

    public static TreeEnsemble Read(ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var buffer = new MemoryStream(bytes.ToArray(), writable: false);
            using var reader = new BinaryReader(buffer, Encoding.UTF8);
            if (reader.ReadUInt32() != Magic || reader.ReadInt32() != Format)
            {
                throw new FormatException("not a fraud model (magic or format number)");
            }

            var count = reader.ReadInt32();
            if (count != FraudFeatureNames.Count)
            {
                throw new FormatException($"the model has {count} features, this build {FraudFeatureNames.Count}");
            }

            var names = new string[count];

            for (var i = 0; i < names.Length; i++)
            {
                names[i] = reader.ReadString();
            }

            if (!names.SequenceEqual(FraudFeatureNames.All))
            {
                throw new FormatException("the model's features differ from this build's: " + string.Join(",", names));
            }

            var (bias, slope, offset) = (reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble());
            var reference = ImmutableArray.CreateBuilder<double>(FraudFeatureNames.Count);
            for (var i = 0; i < FraudFeatureNames.Count; i++)
            {
                reference.Add(reader.ReadDouble());
            }

            var model = new TreeEnsemble(ReadTrees(reader), bias, slope, offset, reference.MoveToImmutable());
            if (buffer.Position != buffer.Length)
            {
                throw new FormatException("bytes after the last tree");
            }

            TreeEnsembleCheck.ThrowIfInvalid(model);
            return model;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or OverflowException or ArgumentException)
        {
            throw new FormatException("the model is truncated or damaged", e);
        }
    }

    private static ImmutableArray<RegressionTree> ReadTrees(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count is < 0 or > MaxTrees)
        {
            throw new FormatException($"{count} trees");
        }

        var trees = ImmutableArray.CreateBuilder<RegressionTree>(count);
        for (var t = 0; t < count; t++)
        {
            var nodeCount = reader.ReadInt32();
            if (nodeCount is < 0 or > MaxNodesPerTree)
            {
                throw new FormatException($"tree {t}: {nodeCount} splits");
            }

            var nodes = ImmutableArray.CreateBuilder<TreeNode>(nodeCount);
            for (var n = 0; n < nodeCount; n++)
            {
                nodes.Add(new TreeNode(reader.ReadInt32(), reader.ReadSingle(), reader.ReadInt32(), reader.ReadInt32()));
            }

            var leaves = ImmutableArray.CreateBuilder<double>(nodeCount + 1);
            for (var l = 0; l <= nodeCount; l++)
            {
                leaves.Add(reader.ReadDouble());
            }

            trees.Add(new RegressionTree(nodes.MoveToImmutable(), leaves.MoveToImmutable()));
        }

        return trees.MoveToImmutable();
    }
}
