#include "signing.h"
