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
      Design    = "Active-passive disaster recovery"
    }
  }
}

provider "aws" {
  alias  = "aws_euw1"
  region = "eu-west-1"

  default_tags {
    tags = {
      ManagedBy = "netstudio"
      Design    = "Active-passive disaster recovery"
    }
  }
}

provider "aws" {
  alias  = "global_accelerator"
  region = "us-west-2"
}
