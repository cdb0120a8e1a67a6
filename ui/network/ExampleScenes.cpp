// See ExampleScenes.h. The README's claims table lists the same scenes.
#include "ExampleScenes.h"

#include <QCoreApplication>

namespace {

struct Entry
{
    const char *path;
    const char *title;
    const char *claim;
};

} // namespace

std::vector<ExampleScene> exampleScenes()
{
    // The texts are translated on each call, so they follow the translator installed now.
    static const Entry entries[]{
        {":/examples/sigmoid-vanishing-gradient.actscene",
         QT_TRANSLATE_NOOP("ExampleScenes", "Sigmoid: the gradient vanishes through depth"),
         QT_TRANSLATE_NOOP(
             "ExampleScenes",
             "χ1 < 1/16 per layer: after 20 layers the gradient's variance is ~1e-24 of the "
             "last layer's")},
        {":/examples/relu-dead-units.actscene",
         QT_TRANSLATE_NOOP("ExampleScenes", "ReLU: dead units"),
         QT_TRANSLATE_NOOP(
             "ExampleScenes",
             "the fraction of units that output 0 for every input grows with depth; leaky ReLU "
             "keeps none")},
        {":/examples/elu-mean-toward-zero.actscene",
         QT_TRANSLATE_NOOP("ExampleScenes", "ELU pushes the mean toward zero"),
         QT_TRANSLATE_NOOP(
             "ExampleScenes",
             "ELU's mean activation is about a third of ReLU's at the same variance")},
        {":/examples/selu-fixed-point.actscene",
         QT_TRANSLATE_NOOP("ExampleScenes", "SELU: mean 0 and variance 1 are kept"),
         QT_TRANSLATE_NOOP(
             "ExampleScenes",
             "with σw² = 1 and σb² = 0 the fixed point is q* = 1, where SELU's mean is 0")},
        {":/examples/linear-layers-collapse.actscene",
         QT_TRANSLATE_NOOP("ExampleScenes", "Stacked linear layers collapse"),
         QT_TRANSLATE_NOOP(
             "ExampleScenes",
             "50 linear layers are one matrix: the output along an input direction is a "
             "straight line")},
        {":/examples/rrelu-random-slopes.actscene",
         QT_TRANSLATE_NOOP("ExampleScenes", "RReLU's random slopes"),
         QT_TRANSLATE_NOOP(
             "ExampleScenes",
             "in training RReLU draws a slope per unit and input: its variance grows with "
             "E[s²], more than leaky ReLU at the mean slope")},
        {":/examples/tanh-order-to-chaos.actscene",
         QT_TRANSLATE_NOOP("ExampleScenes", "Tanh: from order to chaos"),
         QT_TRANSLATE_NOOP(
             "ExampleScenes",
             "the χ1 = 1 line splits the σw² × σb² plane; these settings sit on the ordered "
             "side")},
    };
    std::vector<ExampleScene> scenes;
    for (const Entry &entry : entries)
        scenes.push_back({QString::fromLatin1(entry.path),
                          QCoreApplication::translate("ExampleScenes", entry.title),
                          QCoreApplication::translate("ExampleScenes", entry.claim)});
    return scenes;
}
