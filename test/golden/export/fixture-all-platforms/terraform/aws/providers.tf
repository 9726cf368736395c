terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.25"
    }
  }
}

provider "aws" {
  alias  = "aws_euc1"
  region = "eu-central-1"

  default_tags {
    tags = {
      ManagedBy = "netstudio"
      Design    = "Every platform $${and} %%{hostile} \"names\""
    }
  }
}
