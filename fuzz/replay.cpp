// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a fuzz target's LLVMFuzzerTestOneInput over every file of its corpus folders, without libFuzzer: the
// corpus replay tests in ctest (tests/fuzz.cmake) use it with the ordinary compiler, and under the sanitizer
// build every input of the tree (seeds and every crash a fuzzer found) is checked again. A crash or a sanitizer
// report ends the process (and fails the test); otherwise it prints how many inputs it ran.
//
//   fuzzreplay_<name> DIR|FILE…
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv)
{
    namespace fs = std::filesystem;
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const fs::path p(argv[i]);
        if (fs::is_directory(p)) {
            for (const auto& e : fs::directory_iterator(p))
                if (e.is_regular_file())
                    inputs.push_back(e.path());
        } else if (fs::is_regular_file(p)) {
            inputs.push_back(p);
        } else {
            std::fprintf(stderr, "fuzzreplay: %s is not a file or folder\n", argv[i]);
            return 2;
        }
    }
    if (inputs.empty()) {
        std::fprintf(stderr, "fuzzreplay: no inputs\n");
        return 2;
    }
    std::sort(inputs.begin(), inputs.end());
    for (const auto& p : inputs) {
        std::ifstream in(p, std::ios::binary);
        const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::fprintf(stderr, "fuzzreplay: %s (%zu bytes)\n", p.c_str(), bytes.size());
        // libFuzzer hands over an exact-size heap buffer; so does this, so that a read past the end is caught.
        std::vector<uint8_t> copy(bytes.begin(), bytes.end());
        LLVMFuzzerTestOneInput(copy.data(), copy.size());
    }
    std::printf("fuzzreplay: %zu inputs, no crash\n", inputs.size());
    return 0;
}
