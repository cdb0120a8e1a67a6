// Reproducible random numbers for the network simulation: SplitMix64 and normals made from it
// explicitly (Marsaglia's polar method), so a seed gives the same numbers with every compiler
// and standard library (std::normal_distribution does not). Plain C++20, no Qt.
#pragma once

#include <cmath>
#include <cstdint>

namespace act {

class SplitMix64
{
public:
    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform on [0, 1) with 53 random bits.
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }

private:
    std::uint64_t m_state;
};

// Standard normals. Only +, −, ×, ÷, sqrt (all correctly rounded) and one log per pair are
// used; glibc's log is within an ulp, so another C library could differ in a rare last bit.
class NormalGenerator
{
public:
    explicit NormalGenerator(std::uint64_t seed) : m_bits(seed) {}
    double next()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double first;
        nextPair(first, m_spare);
        m_hasSpare = true;
        return first;
    }
    // The next two numbers at once (the same as two calls of next() when no spare is held);
    // the faster way to fill a buffer.
    void nextPair(double &first, double &second)
    {
        double u, v, s;
        do {
            u = 2.0 * m_bits.uniform() - 1.0;
            v = 2.0 * m_bits.uniform() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        const double factor = std::sqrt(-2.0 * std::log(s) / s);
        first = u * factor;
        second = v * factor;
    }

private:
    SplitMix64 m_bits;
    double m_spare = 0;
    bool m_hasSpare = false;
};

// An independent stream per (seed, purpose, index): the weights of layer 7 do not depend on
// the width of layer 6's batch, and a layer's weights can be drawn again for the backward pass.
inline std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t purpose, std::uint64_t index)
{
    SplitMix64 mix(seed ^ (purpose * 0xd1b54a32d192ed03ULL));
    const std::uint64_t base = mix.next();
    SplitMix64 second(base + index * 0x9e3779b97f4a7c15ULL);
    return second.next();
}

} // namespace act
