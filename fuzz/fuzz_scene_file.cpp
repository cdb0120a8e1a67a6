// libFuzzer harness for the .actscene reader: any bytes go through sceneFromJson, the function
// behind File ▸ Open, --scene and the restored session. Besides the sanitizers' checks, a loaded
// scene must be one the model accepts and must survive a save and a load unchanged.
#include "Scene.h"
#include "SceneFile.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool condition, const char *what)
{
    if (condition) return;
    std::fprintf(stderr, "fuzz_scene_file: broken promise: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A copy, as loadScene's QFile::read makes one (with Qt's terminating NUL).
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const SceneLoadResult loaded = sceneFromJson(json, QStringLiteral("fuzz.actscene"));
    if (!loaded.scene) {
        require(!loaded.error.isEmpty(), "a refused file says why");
        return 0;
    }
    require(loaded.error.isEmpty(), "a loaded file has no error");
    require(!validateScene(*loaded.scene), "a loaded scene is one the model accepts");
    const SceneLoadResult again =
        sceneFromJson(sceneToJson(*loaded.scene), QStringLiteral("again"));
    require(again.scene.has_value(), "a saved scene loads again");
    require(again.notes.isEmpty(), "a saved scene is of this version");
    require(*again.scene == *loaded.scene, "a saved scene loads back unchanged");
    return 0;
}
