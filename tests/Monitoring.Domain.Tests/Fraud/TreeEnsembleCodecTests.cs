using System.Collections.Immutable;
using System.Text;
using Monitoring.Domain.Fraud.Models;
using static Monitoring.Domain.Tests.Fraud.HandMadeEnsemble;

namespace Monitoring.Domain.Tests.Fraud;

public sealed class TreeEnsembleCodecTests
{
    [Fact]
    public void Read_WrittenModel_ScoresTheSame()
    {
        var back = TreeEnsembleCodec.Read(TreeEnsembleCodec.Write(Model));
        var features = Event(150, 20, 0.4);

        Assert.Equal(new TreeEnsembleScorer("a", Model).Score(features), new TreeEnsembleScorer("b", back).Score(features));
        Assert.Equal(Model.Trees.Length, back.Trees.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(40)]
    [InlineData(-1)]
    public void Read_Truncated_FormatException(int keep)
    {
        var bytes = TreeEnsembleCodec.Write(Model);
        var cut = keep < 0 ? bytes.Length - 1 : keep;
        Assert.Throws<FormatException>(() => TreeEnsembleCodec.Read(bytes.AsSpan(0, cut)));
    }

    [Fact]
    public void Read_NotAModel_FormatException()
    {
        Assert.Throws<FormatException>(() => TreeEnsembleCodec.Read(Encoding.UTF8.GetBytes("PK\u0003\u0004 a zip file, perhaps an ML.NET model")));
    }

    [Fact]
    public void Read_OtherFeatureName_FormatException()
    {
        var bytes = TreeEnsembleCodec.Write(Model);
        var text = Encoding.UTF8.GetBytes("velocity_kmh");
        var at = bytes.AsSpan().IndexOf(text);
        Encoding.UTF8.GetBytes("velocity_mph").CopyTo(bytes, at);

        var error = Assert.Throws<FormatException>(() => TreeEnsembleCodec.Read(bytes));
        Assert.Contains("velocity_mph", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TreeWithLoop_FormatException()
    {
        var looped = Model with
        {
            Trees = [new RegressionTree([new TreeNode(0, 1f, 1, ~0), new TreeNode(0, 1f, 1, ~1)], [0.0, 0.0, 0.0])],
        };

        Assert.Throws<FormatException>(() => TreeEnsembleCodec.Read(TreeEnsembleCodec.Write(looped)));
    }

    [Fact]
    public void Read_SplitOnUnknownFeature_FormatException()
    {
        var bad = Model with { Trees = [new RegressionTree([new TreeNode(12, 1f, ~0, ~1)], [0.0, 1.0])] };

        Assert.Throws<FormatException>(() => TreeEnsembleCodec.Read(TreeEnsembleCodec.Write(bad)));
    }

    [Fact]
    public void Read_NonFiniteLeaf_FormatException()
    {
        var bad = Model with { Trees = [new RegressionTree(ImmutableArray<TreeNode>.Empty, [double.NaN])] };

        Assert.Throws<FormatException>(() => TreeEnsembleCodec.Read(TreeEnsembleCodec.Write(bad)));
    }

    [Fact]
    public void Read_FlippedBytesAnywhere_NeverAnythingButFormatExceptionOrAModel()
    {
        var bytes = TreeEnsembleCodec.Write(Model);
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var damaged = (byte[])bytes.Clone();
            damaged[random.Next(damaged.Length)] ^= (byte)(1 << random.Next(8));
            try
            {
                var model = TreeEnsembleCodec.Read(damaged);
                Assert.InRange(new TreeEnsembleScorer("x", model).Score(Event(10, 10, 0.5)), 0, 1);
            }
            catch (FormatException)
            {
            }
        }
    }
}
