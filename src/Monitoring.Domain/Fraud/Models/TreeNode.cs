namespace Monitoring.Domain.Fraud.Models;

/// <summary>
/// One split of a regression tree: go to <see cref="Left"/> when the feature is at most
/// <see cref="Threshold"/>, else to <see cref="Right"/>. A child below zero is a leaf: <c>~child</c>
/// is its index in the tree's leaf values.
/// </summary>
public readonly record struct TreeNode(int Feature, float Threshold, int Left, int Right);
