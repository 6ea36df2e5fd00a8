import { importArea } from './import-path';
import { fuzzArea } from './suite';

fuzzArea(importArea);
