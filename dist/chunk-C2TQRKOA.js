import { createRequire as __nixImageRequire } from 'node:module'; const require = __nixImageRequire(import.meta.url);
import {
  pinCommand,
  pinManifests,
  verifyManifests,
  verifyPushedImage
} from "./chunk-AGDFO3CG.js";
import "./chunk-WEVI2MQB.js";
import "./chunk-AFITODEB.js";
export {
  pinCommand,
  pinManifests,
  verifyManifests,
  verifyPushedImage
};
